/**
 * Go's `time.ParseDuration`, which Grove's `metav1.Duration` uses for `terminationDelay`:
 * a signed sequence of decimal numbers with units (`4h`, `1h30m`, `1.5s`, `-1m`); `0` needs no unit.
 * Returns nanoseconds, or undefined when Go would refuse the text.
 */

const UNITS: ReadonlyMap<string, number> = new Map([
  ['ns', 1],
  ['us', 1e3],
  ['\u00b5s', 1e3], // micro sign
  ['\u03bcs', 1e3], // Greek mu
  ['ms', 1e6],
  ['s', 1e9],
  ['m', 60e9],
  ['h', 3600e9],
]);

/** Go durations are int64 nanoseconds: about 292 years. */
const MAX_NANOSECONDS = 2 ** 63 - 1;

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

export function parseGoDuration(text: string): number | undefined {
  let rest = text;
  let sign = 1;
  if (rest.startsWith('-') || rest.startsWith('+')) {
    if (rest[0] === '-') sign = -1;
    rest = rest.slice(1);
  }
  if (rest === '0') return 0;
  if (rest === '') return undefined;
  let total = 0;
  let i = 0;
  while (i < rest.length) {
    const intStart = i;
    while (isDigit(rest[i])) i++;
    const intPart = rest.slice(intStart, i);
    let fracPart = '';
    if (rest[i] === '.') {
      i++;
      const fracStart = i;
      while (isDigit(rest[i])) i++;
      fracPart = rest.slice(fracStart, i);
    }
    if (intPart === '' && fracPart === '') return undefined;
    const unitStart = i;
    while (i < rest.length && rest[i] !== '.' && !isDigit(rest[i])) i++;
    const scale = UNITS.get(rest.slice(unitStart, i));
    if (scale === undefined) return undefined;
    total += Number(`${intPart === '' ? '0' : intPart}.${fracPart === '' ? '0' : fracPart}`) * scale;
    if (total > MAX_NANOSECONDS) return undefined;
  }
  return sign * total;
}
