import type { Query } from './types';
import { rows, rowsQuery } from './rows';

/**
 * Every query the worker answers, by name. A panel that needs something new from the core adds a file in
 * this folder (its `queryName` and its function) and one line here.
 */
export const queries: ReadonlyMap<string, Query<never, unknown>> = new Map<string, Query<never, unknown>>([
  [rowsQuery.name, rows],
]);
