import type { Count } from '../expand/types';
import { formatLine, textWidths } from './tabwriter';

/**
 * A `kubectl get` table before anything is applied: rows in kubectl's order, computed for a window at
 * a time, so a table of a billion rows costs what its visible rows cost.
 */

/** Shown wherever only a live cluster knows the value (READY, STATUS, AGE, IP, status counters...). */
export const PLACEHOLDER = '<live>';

/** At most this many rows per window; asking for more returns the first `MAX_WINDOW`. */
export const MAX_WINDOW = 10_000;

export interface KubectlTable {
  /** The command whose output this is. */
  readonly command: string;
  readonly header: readonly string[];
  /** Headers of the columns shown as `PLACEHOLDER` (always, or where the value is not known). */
  readonly placeholderColumns: readonly string[];
  readonly count: Count;
  /** Cells of the rows at positions `start` (inclusive) to `end` (exclusive), clamped to the table. */
  rows(start: Count, end: Count): string[][];
  /** Where the row order departs from kubectl's (parts too large to sort); empty when exact. */
  readonly approximations: readonly string[];
  /** What else a reader should know (placeholder suffixes, a kind whose CRD is not at hand...). */
  readonly notes: readonly string[];
}

/** Clamps a window to the table and to `MAX_WINDOW` rows. */
export function clampWindow(count: Count, start: Count, end: Count): [bigint, bigint] {
  const size = BigInt(count);
  const clamp = (v: Count) => {
    const b =
      typeof v === 'bigint'
        ? v
        : BigInt(Math.trunc(Number.isFinite(v) ? v : v > 0 ? Number.MAX_SAFE_INTEGER : 0));
    return b < 0n ? 0n : b > size ? size : b;
  };
  const from = clamp(start);
  let to = clamp(end);
  if (to < from) to = from;
  if (to - from > BigInt(MAX_WINDOW)) to = from + BigInt(MAX_WINDOW);
  return [from, to];
}

/** Text width of each column over the header and the rows of the window (tabwriter adds the padding). */
export function windowWidths(table: KubectlTable, start: Count, end: Count): number[] {
  return textWidths(table.header, table.rows(start, end));
}

/**
 * The window as kubectl prints it: the header line, then one line per row. Widths default to the
 * window's own; pass the widths of a larger range to keep columns still while scrolling.
 */
export function formatWindow(
  table: KubectlTable,
  start: Count,
  end: Count,
  widths?: readonly number[],
): string[] {
  const rows = table.rows(start, end);
  const w = widths ?? textWidths(table.header, rows);
  return [formatLine(table.header, w), ...rows.map((r) => formatLine(r, w))];
}

/** The whole table as text (first `MAX_WINDOW` rows), for a copy button. */
export function formatTable(table: KubectlTable): string {
  return formatWindow(table, 0, table.count).join('\n') + '\n';
}
