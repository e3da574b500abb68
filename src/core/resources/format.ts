import { NANO_PER_UNIT, type Quantity } from './quantity';

/**
 * A quantity in kubectl's canonical form (apimachinery `Quantity.String`): no fractional digits, the
 * largest suffix that loses nothing, the notation the value was written in. `1.5` prints `1500m`,
 * `1.5Gi` prints `1536Mi`, `1e3` stays `1e3`, `0.5Ki` prints `512`.
 *
 * Past the largest suffix (`E`, `Ei`) Kubernetes has no name; the designer keeps the largest suffix and
 * a bigger mantissa (`1000E`), which reads back as the same value. (Kubernetes itself caps binary values
 * at 2^63-1 and never meets such sums; totals over a billion pods do.)
 */

const DECIMAL_SUFFIXES = new Map<number, string>([
  [-9, 'n'],
  [-6, 'u'],
  [-3, 'm'],
  [0, ''],
  [3, 'k'],
  [6, 'M'],
  [9, 'G'],
  [12, 'T'],
  [15, 'P'],
  [18, 'E'],
]);
const BINARY_SUFFIXES = ['', 'Ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei'];
const KIBI = 1024n;

/** Mantissa and power of ten with no trailing zeros, the power lowered to a multiple of three. */
function decimalParts(nano: bigint): { mantissa: bigint; exponent: number } {
  let mantissa = nano;
  let exponent = -9;
  while (mantissa % 10n === 0n) {
    mantissa /= 10n;
    exponent++;
  }
  while (exponent % 3 !== 0) {
    mantissa *= 10n;
    exponent--;
  }
  return { mantissa, exponent };
}

function formatDecimal(nano: bigint, exponentNotation: boolean): string {
  const { mantissa, exponent } = decimalParts(nano);
  if (exponentNotation) return exponent === 0 ? `${mantissa}` : `${mantissa}e${exponent}`;
  if (exponent > 18) return `${mantissa * 10n ** BigInt(exponent - 18)}E`;
  return `${mantissa}${DECIMAL_SUFFIXES.get(exponent)!}`;
}

function formatBinary(units: bigint): string {
  let mantissa = units;
  let power = 0;
  while (power < BINARY_SUFFIXES.length - 1 && mantissa % KIBI === 0n) {
    mantissa /= KIBI;
    power++;
  }
  return `${mantissa}${BINARY_SUFFIXES[power]!}`;
}

export function formatQuantity(q: Quantity): string {
  const { nano } = q;
  if (nano === 0n) return '0';
  if (q.format === 'BinarySI') {
    const small = nano < KIBI * NANO_PER_UNIT && nano > -KIBI * NANO_PER_UNIT;
    // Binary notation only for whole units from 1Ki up; anything else would lose digits.
    if (!small && nano % NANO_PER_UNIT === 0n) return formatBinary(nano / NANO_PER_UNIT);
    return formatDecimal(nano, false);
  }
  return formatDecimal(nano, q.format === 'DecimalExponent');
}
