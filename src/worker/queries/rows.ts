import type { Count, Expansion, PodGangRow, PodGroupRow } from '../../core/expand/types';
import type { Query } from './types';
import { queryName } from './types';

/** Most rows one window may ask for. */
export const MAX_WINDOW = 2000;
/** Pod groups sent with each PodGang row (the rest by `count`). */
export const GANG_GROUPS_SHOWN = 64;

/** The lists of the expansion a panel can read by window. */
export type RowList =
  'pods' | 'podCliques' | 'podCliqueScalingGroups' | 'podGangs' | 'headlessServices' | 'hpas';

export interface RowsArgs {
  readonly list: RowList;
  readonly start: Count;
  readonly end: Count;
}

/** A PodGang row as it crosses to the page: its pod groups as a first window and a count. */
export type PodGangWindow = Omit<PodGangRow, 'podGroups'> & {
  readonly podGroups: { readonly count: Count; readonly first: readonly PodGroupRow[] };
};

export interface RowsResult {
  readonly count: Count;
  readonly start: Count;
  readonly rows: readonly unknown[];
}

export const rowsQuery = queryName<RowsArgs, RowsResult>('rows');

function cloneable(list: RowList, rows: readonly unknown[]): readonly unknown[] {
  if (list !== 'podGangs') return rows;
  return (rows as PodGangRow[]).map((gang): PodGangWindow => ({
    ...gang,
    podGroups: { count: gang.podGroups.count, first: gang.podGroups.slice(0, GANG_GROUPS_SHOWN) },
  }));
}

/** A window of one list of the expansion (at most MAX_WINDOW rows). */
export const rows: Query<RowsArgs, RowsResult> = (session, { list, start, end }) => {
  const expansion: Expansion | null = session.expansion;
  if (!expansion) return { count: 0, start, rows: [] };
  const source = expansion[list];
  const from = BigInt(start);
  const to = BigInt(end) - from > BigInt(MAX_WINDOW) ? from + BigInt(MAX_WINDOW) : BigInt(end);
  return { count: source.count, start, rows: cloneable(list, source.slice(from, to)) };
};
