import type { AnalysisSession } from '../../core/analysis/analyze';

/**
 * A query answered in the worker from the latest analysis session. Arguments and results cross the thread
 * boundary, so both must be structured-clone safe (plain data, bigints allowed, no functions).
 */
export type Query<Args, Result> = (session: AnalysisSession, args: Args) => Result;

/** Declares a query's name with its argument and result types, shared by the worker and the page. */
export interface QueryName<Args, Result> {
  readonly name: string;
  /** Phantom fields: never set, only carry the types. */
  readonly args?: Args;
  readonly result?: Result;
}

export function queryName<Args, Result>(name: string): QueryName<Args, Result> {
  return { name };
}
