import type { AnalyzeInput } from '../core/analysis/analyze';
import type { Analysis } from '../core/analysis/types';
import type { Count } from '../core/expand/types';

/** The lists of the expansion a panel can read by window. */
export type RowList =
  'pods' | 'podCliques' | 'podCliqueScalingGroups' | 'podGangs' | 'headlessServices' | 'hpas';

export type WorkerRequest =
  | { readonly type: 'analyze'; readonly input: AnalyzeInput }
  | {
      readonly type: 'rows';
      readonly id: number;
      readonly revision: number;
      readonly list: RowList;
      readonly start: Count;
      readonly end: Count;
    };

export type WorkerResponse =
  | { readonly type: 'analysis'; readonly analysis: Analysis }
  | {
      readonly type: 'rows';
      readonly id: number;
      /** The revision the rows come from (the latest the worker analysed). */
      readonly revision: number;
      readonly count: Count;
      readonly rows: readonly unknown[];
    }
  | { readonly type: 'failed'; readonly revision: number; readonly id?: number; readonly message: string };

/** The part of a Worker the client uses; tests pass a fake. */
export interface WorkerLike {
  postMessage(message: WorkerRequest): void;
  onmessage: ((event: { data: WorkerResponse }) => void) | null;
  terminate(): void;
}
