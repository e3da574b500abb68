import type { Count } from './types';

/**
 * Exact arithmetic on counts and indices. Sizes are kept as bigint inside the expansion and handed
 * out as `Count`: a number while it is a safe integer, a bigint beyond 2^53.
 */

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** Grove's counts are int32: a value the API server cannot store expands to nothing. */
export const MAX_INT32 = 2147483647;

/** A count from the model: an integer in 0..2^31-1, else 0 (absent, negative or unstorable). */
export function countOf(value: number | undefined): number {
  return value !== undefined && Number.isInteger(value) && value >= 0 && value <= MAX_INT32 ? value : 0;
}

export function toCount(value: bigint): Count {
  return value <= MAX_SAFE && value >= -MAX_SAFE ? Number(value) : value;
}

export function big(value: Count): bigint {
  return typeof value === 'bigint' ? value : BigInt(value);
}

/** Reads an index argument: an integer number or a bigint, else undefined. */
export function indexOf(value: Count): bigint | undefined {
  if (typeof value === 'bigint') return value;
  return Number.isInteger(value) ? BigInt(value) : undefined;
}

export function minBig(a: bigint, b: bigint): bigint {
  return a < b ? a : b;
}
