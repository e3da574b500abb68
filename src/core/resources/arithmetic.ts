import { divideAwayFromZero, NANO_PER_UNIT, ZERO, type Quantity } from './quantity';

/**
 * Exact arithmetic on quantities, with apimachinery's rules for which notation a result keeps:
 * a sum keeps the notation of its first non-zero term (`Quantity.Add`), a product keeps its
 * quantity's, and a maximum keeps the larger value's (`maxResourceList`).
 */

export type Multiplier = number | bigint;

export function add(a: Quantity, b: Quantity): Quantity {
  return { nano: a.nano + b.nano, format: a.nano === 0n ? b.format : a.format };
}

export function sum(quantities: Iterable<Quantity>): Quantity {
  let total = ZERO;
  for (const q of quantities) total = add(total, q);
  return total;
}

/** `q` times a whole count (replicas, pods); throws for a fractional number, which would be a caller's bug. */
export function times(q: Quantity, count: Multiplier): Quantity {
  if (typeof count === 'number' && !Number.isSafeInteger(count))
    throw new RangeError(`Cannot multiply a quantity by ${count}`);
  return { nano: q.nano * BigInt(count), format: q.format };
}

export function compare(a: Quantity, b: Quantity): -1 | 0 | 1 {
  return a.nano < b.nano ? -1 : a.nano > b.nano ? 1 : 0;
}

export function max(a: Quantity, b: Quantity): Quantity {
  return b.nano > a.nano ? b : a;
}

export function isZero(q: Quantity): boolean {
  return q.nano === 0n;
}

/** Rounds up (away from zero) to a multiple of 10^-3: what the API server does to every value of a Pod's resource lists. */
export function roundUpToMilli(q: Quantity): Quantity {
  const step = 1_000_000n;
  if (q.nano % step === 0n) return q;
  return { nano: divideAwayFromZero(q.nano, step) * step, format: q.format };
}

/** `Quantity.MilliValue()`: thousandths of the unit, rounded up. The scheduler counts CPU this way. */
export function milliValue(q: Quantity): bigint {
  return divideAwayFromZero(q.nano, 1_000_000n);
}

/** `Quantity.Value()`: whole units, rounded up. The scheduler counts memory, pods and extended resources this way. */
export function value(q: Quantity): bigint {
  return divideAwayFromZero(q.nano, NANO_PER_UNIT);
}
