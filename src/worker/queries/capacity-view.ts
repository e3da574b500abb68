import { capacityView as view, isSummaryRow, type CapacityView } from '../../core/capacity-view/view';
import { activeParts } from './active';
import { queryName, type Query } from './types';

export interface CapacityArgs {
  /** Node shape as typed (`{'nvidia.com/gpu': '8', memory: '2Ti'}`), or null for no node counts. */
  readonly shape: Readonly<Record<string, string>> | null;
  /** Scope rows answered at most (the PodCliqueSet replica and total rows come anyway); absent: all. */
  readonly limit?: number;
}

export const capacityViewQuery = queryName<CapacityArgs, CapacityView | null>('capacityView');

/**
 * Requests per PodClique, scaling-group replica, PCS replica and total, with node counts for a shape; at
 * most `limit` scope rows, the rest counted in `omittedRows` (the 5 MB manifest's 10,000 rows took the
 * page 145 ms to receive, for a table that draws 300).
 */
export const capacityView: Query<CapacityArgs, CapacityView | null> = (session, { shape, limit }) => {
  const parts = activeParts(session);
  if (!parts) return null;
  const full = view(parts.model, shape);
  const scoped = full.rows.filter((row) => !isSummaryRow(row));
  if (limit === undefined || scoped.length <= limit) return full;
  return {
    ...full,
    rows: [...scoped.slice(0, limit), ...full.rows.filter(isSummaryRow)],
    omittedRows: scoped.length - limit,
  };
};
