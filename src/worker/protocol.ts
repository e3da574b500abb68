import type { AnalyzeInput } from '../core/analysis/analyze';
import type { Analysis } from '../core/analysis/types';

/**
 * Messages between the page and the core's worker. `analyze` recomputes everything from the inputs;
 * `query` asks for something derived from the latest analysis (a window of rows, a tree, a view): each
 * query is a function registered by name in `queries/index.ts`.
 */
export type WorkerRequest =
  | { readonly type: 'analyze'; readonly input: AnalyzeInput }
  | { readonly type: 'query'; readonly id: number; readonly name: string; readonly args: unknown };

export type WorkerResponse =
  | { readonly type: 'analysis'; readonly analysis: Analysis }
  | {
      readonly type: 'query';
      readonly id: number;
      /** The revision the answer comes from (the latest the worker analysed, -1 before the first). */
      readonly revision: number;
      readonly result: unknown;
    }
  | { readonly type: 'failed'; readonly revision: number; readonly id?: number; readonly message: string };

/** The part of a Worker the client uses; tests pass a fake. */
export interface WorkerLike {
  postMessage(message: WorkerRequest): void;
  onmessage: ((event: { data: WorkerResponse }) => void) | null;
  terminate(): void;
}
