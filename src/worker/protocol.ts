import type { AnalyzeInput } from '../core/analysis/analyze';
import type { Analysis } from '../core/analysis/types';

/**
 * Messages between the page and the core's worker. `analyze` recomputes everything from the inputs;
 * `query` asks for something derived from the latest analysis (a window of rows, a tree, a view): each
 * query is a function registered by name in `queries/index.ts`.
 */
export type WorkerRequest =
  | {
      readonly type: 'analyze';
      readonly input: AnalyzeInput;
      /** Queries to answer from the new analysis, in the same message (see `CoreClient.follow`). */
      readonly follow?: readonly FollowedQuery[];
    }
  | { readonly type: 'query'; readonly id: number; readonly name: string; readonly args: unknown };

/** A query the page will ask again after every analysis (the pod tree's visible rows). */
export interface FollowedQuery {
  readonly name: string;
  readonly args: unknown;
}

export type WorkerResponse =
  | {
      readonly type: 'analysis';
      readonly analysis: Analysis;
      /** The followed queries' answers from this analysis, by `queryKey`; a query that failed is left out. */
      readonly answers?: readonly (readonly [key: string, result: unknown])[];
    }
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

/** The same text for the same query and arguments (bigints included), on both sides of the worker. */
export function queryKey(name: string, args: unknown): string {
  return `${name} ${JSON.stringify(args, (_key, value: unknown) => (typeof value === 'bigint' ? `${value}n` : value))}`;
}
