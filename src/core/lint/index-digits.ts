/** A replica index written as Grove writes it: decimal, no sign, no leading zero. */
const CANONICAL_INDEX = /^(?:0|[1-9][0-9]*)$/;

/** True when `text` is an index Grove could write, between 0 and `max`. */
export function isIndexUpTo(text: string, max: bigint): boolean {
  return CANONICAL_INDEX.test(text) && BigInt(text) <= max;
}

/** True when some index between 0 and `max` ends with the digits `tail` (`""` matches any). */
export function someIndexEndsWith(tail: string, max: bigint): boolean {
  if (tail === '') return true;
  const smallest = tail.length > 1 && tail.startsWith('0') ? BigInt(`1${tail}`) : BigInt(tail);
  return smallest <= max;
}
