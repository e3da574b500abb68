/**
 * Kubernetes resource quantities (`500m`, `1Gi`, `2`, `1e3`), exact.
 *
 * A quantity is a bigint count of nano-units (10^-9 of the unit) plus the notation it was written in.
 * Kubernetes itself keeps at most nine decimal places (it rounds finer values up to `1n`), so nano-units
 * hold every value it can hold, exactly: `0.1 + 0.2` is 300000000n, and a sum over a billion pods is just
 * a bigger bigint. No floating point is ever involved.
 */

/** The notation a quantity keeps for printing (apimachinery `resource.Format`). */
export type QuantityFormat = 'DecimalSI' | 'BinarySI' | 'DecimalExponent';

export interface Quantity {
  /** Value in nano-units: `1` is 1_000_000_000n, `500m` is 500_000_000n, `1Ki` is 1024_000_000_000n. */
  readonly nano: bigint;
  readonly format: QuantityFormat;
}

export type QuantityResult =
  { readonly ok: true; readonly quantity: Quantity } | { readonly ok: false; readonly reason: string };

export const NANO_PER_UNIT = 1_000_000_000n;

/** Grammar of `resource.Quantity` (the CRD's pattern, with the exponent limited to whole numbers as the parser demands). */
const QUANTITY =
  /^([+-]?)([0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:(Ki|Mi|Gi|Ti|Pi|Ei)|([numkMGTPE])|[eE]([+-]?[0-9]+))?$/;
const FRACTIONAL_EXPONENT = /^[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)[eE][+-]?(?:[0-9]+\.[0-9]*|\.[0-9]+)$/;

const DECIMAL_SUFFIX: Readonly<Record<string, number>> = {
  n: -9,
  u: -6,
  m: -3,
  k: 3,
  M: 6,
  G: 9,
  T: 12,
  P: 15,
  E: 18,
};
const BINARY_SUFFIX: Readonly<Record<string, bigint>> = {
  Ki: 10n,
  Mi: 20n,
  Gi: 30n,
  Ti: 40n,
  Pi: 50n,
  Ei: 60n,
};

/** Longest text considered, and largest decimal exponent: far beyond any real resource, small enough to stay cheap. */
const MAX_TEXT = 200;
const MAX_EXPONENT = 100;
/** Kubernetes caps binary-suffixed values at the largest int64. */
const MAX_INT64 = (1n << 63n) - 1n;

function fail(reason: string): QuantityResult {
  return { ok: false, reason };
}

function pow10(exponent: number): bigint {
  return 10n ** BigInt(exponent);
}

/** `value / divisor`, rounded away from zero (Kubernetes rounds too-precise values up to the next `1n`). */
export function divideAwayFromZero(value: bigint, divisor: bigint): bigint {
  const quotient = value / divisor;
  if (value % divisor === 0n) return quotient;
  return value < 0n ? quotient - 1n : quotient + 1n;
}

function why(text: string): string {
  if (text.trim() !== text) return 'spaces around the number are not allowed';
  if (FRACTIONAL_EXPONENT.test(text)) return 'the exponent after `e` must be a whole number';
  if (/^[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)[a-zA-Z]+$/.test(text)) {
    const suffix = /[a-zA-Z]+$/.exec(text)![0];
    return `\`${suffix}\` is not a unit; use one of n u m k M G T P E, Ki Mi Gi Ti Pi Ei, or an exponent like e3`;
  }
  return 'expected a number with an optional unit, like 500m, 2, 1.5Gi or 1e3';
}

/** Parses quantity text, as the API server would. */
export function parseQuantityText(text: string): QuantityResult {
  if (text.length === 0) return fail('an empty string is not a quantity');
  if (text.length > MAX_TEXT) return fail(`longer than ${MAX_TEXT} characters`);
  const m = QUANTITY.exec(text);
  if (!m) return fail(why(text));
  const [, sign, number, binary, decimal, exponentText] = m as unknown as [
    string,
    string,
    string,
    string?,
    string?,
    string?,
  ];
  const [whole, fraction = ''] = number.split('.') as [string, string?];
  let digits = BigInt((whole || '0') + fraction);
  if (sign === '-') digits = -digits;

  let format: QuantityFormat = 'DecimalSI';
  let nano: bigint;
  if (binary !== undefined) {
    format = 'BinarySI';
    nano = divideAwayFromZero(
      digits * (1n << BINARY_SUFFIX[binary]!) * NANO_PER_UNIT,
      pow10(fraction.length),
    );
    const cap = MAX_INT64 * NANO_PER_UNIT;
    if (nano > cap) nano = cap;
    if (nano < -cap) nano = -cap;
    // Below one unit a binary value prints as decimal (apimachinery ParseQuantity).
    if (nano !== 0n && nano < NANO_PER_UNIT && nano > -NANO_PER_UNIT) format = 'DecimalSI';
  } else {
    let exponent = 0;
    if (decimal !== undefined) exponent = DECIMAL_SUFFIX[decimal]!;
    else if (exponentText !== undefined) {
      format = 'DecimalExponent';
      exponent = Number(exponentText);
      if (!Number.isSafeInteger(exponent) || Math.abs(exponent) > MAX_EXPONENT)
        return fail(`the exponent ${exponentText} is out of range (at most ±${MAX_EXPONENT})`);
    }
    const shift = exponent + 9 - fraction.length;
    nano = shift >= 0 ? digits * pow10(shift) : divideAwayFromZero(digits, pow10(-shift));
  }
  return { ok: true, quantity: { nano, format } };
}

/**
 * Parses a quantity as written in a manifest: a string, or a YAML number (which kubectl sends as a JSON
 * number, and the API server reads as the same digits).
 */
export function parseQuantity(value: unknown): QuantityResult {
  if (typeof value === 'string') return parseQuantityText(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return fail(`${String(value)} is not a quantity`);
    // String() prints the shortest digits that read back as the same number, as Go's JSON encoder does.
    return parseQuantityText(String(value));
  }
  if (typeof value === 'bigint') return parseQuantityText(value.toString());
  if (value === null || value === undefined) return fail('no value');
  return fail(
    `a quantity must be a string or a number, not ${Array.isArray(value) ? 'a list' : typeof value}`,
  );
}

/** Parses text known to be valid (tests, constants); throws otherwise. */
export function quantity(text: string): Quantity {
  const result = parseQuantityText(text);
  if (!result.ok) throw new Error(`Not a quantity: ${text} (${result.reason})`);
  return result.quantity;
}

export const ZERO: Quantity = { nano: 0n, format: 'DecimalSI' };
