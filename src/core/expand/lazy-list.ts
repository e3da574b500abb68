import { big, indexOf, toCount } from './count';
import type { Count, LazyList } from './types';

/** Largest number of rows one `slice` call returns; asking for more is a caller's mistake, not a hang. */
export const MAX_SLICE = 1_000_000;

/**
 * A list whose rows are computed from their index. `row` receives a valid bigint index and must not
 * enumerate anything before it.
 */
export function lazyList<T>(size: bigint, row: (index: bigint) => T): LazyList<T> {
  const count = toCount(size);
  return {
    count,
    at(index: Count): T {
      const i = indexOf(index);
      if (i === undefined || i < 0n || i >= size)
        throw new RangeError(`Index ${String(index)} is outside 0..${String(size - 1n)}`);
      return row(i);
    },
    slice(start: Count, end: Count): T[] {
      const from = clamp(start, size);
      let to = clamp(end, size);
      if (to - from > BigInt(MAX_SLICE)) to = from + BigInt(MAX_SLICE);
      const rows: T[] = [];
      for (let i = from; i < to; i++) rows.push(row(i));
      return rows;
    },
  };
}

/** A slice bound clamped to 0..size (fractions truncated, NaN read as 0, infinities as the ends). */
function clamp(value: Count, size: bigint): bigint {
  if (typeof value === 'number' && !Number.isFinite(value)) return value > 0 ? size : 0n;
  const v = indexOf(value) ?? big(Math.trunc(value as number) || 0);
  return v < 0n ? 0n : v > size ? size : v;
}

/** A list that holds its rows (the few rows of a fixed-size level, such as one gang's pod groups). */
export function arrayList<T>(rows: readonly T[]): LazyList<T> {
  return lazyList(BigInt(rows.length), (i) => rows[Number(i)]!);
}
