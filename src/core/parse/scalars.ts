/**
 * How plain YAML scalars are read.
 *
 * kubectl turns YAML into JSON with sigs.k8s.io/yaml, which decodes with a fork of go-yaml v2: YAML 1.1 rules.
 * Editors and most YAML tools read YAML 1.2 (core schema). Where the two disagree (`yes`, `on`, `010`, `1_000`,
 * `0b11`) the manifest means something other than what its author sees, so the parser flags those scalars.
 */

export type ScalarValue = string | number | boolean | null;

const NULLS = new Set(['', '~', 'null', 'Null', 'NULL']);
const TRUE_11 = new Set(['y', 'Y', 'yes', 'Yes', 'YES', 'on', 'On', 'ON', 'true', 'True', 'TRUE']);
const FALSE_11 = new Set(['n', 'N', 'no', 'No', 'NO', 'off', 'Off', 'OFF', 'false', 'False', 'FALSE']);
const TRUE_12 = new Set(['true', 'True', 'TRUE']);
const FALSE_12 = new Set(['false', 'False', 'FALSE']);
const INF = /^[-+]?\.(?:inf|Inf|INF)$/;
const NAN = /^\.(?:nan|NaN|NAN)$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;

// Go's strconv.ParseInt(s, 0, 64) after go-yaml v2 has removed every '_'.
const GO_INT = /^[-+]?(?:0[xX][0-9a-fA-F]+|0[bB][01]+|0[oO]?[0-7]+|[1-9][0-9]*|0)$/;
const CORE_INT = /^[-+]?[0-9]+$/;
const CORE_OCT = /^0o[0-7]+$/;
const CORE_HEX = /^0x[0-9a-fA-F]+$/;

function infinity(source: string): number {
  return source.startsWith('-') ? -Infinity : Infinity;
}

function parseGoInt(text: string): number {
  const negative = text.startsWith('-');
  const body = text.replace(/^[-+]/, '');
  let value: number;
  if (/^0[xX]/.test(body)) value = parseInt(body.slice(2), 16);
  else if (/^0[bB]/.test(body)) value = parseInt(body.slice(2), 2);
  else if (/^0[oO]/.test(body)) value = parseInt(body.slice(2), 8);
  else if (body.length > 1 && body.startsWith('0')) value = parseInt(body.slice(1), 8);
  else value = parseInt(body, 10);
  return negative ? -value : value;
}

/** The value kubectl (go-yaml v2, YAML 1.1) gives a plain scalar. */
export function resolvePlainKubectl(source: string): ScalarValue {
  if (NULLS.has(source)) return null;
  if (TRUE_11.has(source)) return true;
  if (FALSE_11.has(source)) return false;
  if (INF.test(source)) return infinity(source);
  if (NAN.test(source)) return NaN;
  const first = source.charCodeAt(0);
  // Only text that starts like a number can be one (go-yaml's hint table).
  if ((first >= 48 && first <= 57) || first === 43 || first === 45 || first === 46) {
    const plain = source.includes('_') ? source.replaceAll('_', '') : source;
    if (GO_INT.test(plain)) return parseGoInt(plain);
    if (FLOAT.test(plain)) return Number(plain);
  }
  return source;
}

/** The value a YAML 1.2 core-schema reader gives a plain scalar. */
export function resolvePlainCore(source: string): ScalarValue {
  if (NULLS.has(source)) return null;
  if (TRUE_12.has(source)) return true;
  if (FALSE_12.has(source)) return false;
  if (INF.test(source)) return infinity(source);
  if (NAN.test(source)) return NaN;
  if (CORE_INT.test(source)) return Number(source);
  if (CORE_OCT.test(source)) return parseInt(source.slice(2), 8);
  if (CORE_HEX.test(source)) return parseInt(source.slice(2), 16);
  if (FLOAT.test(source)) return Number(source);
  return source;
}

function sameScalar(a: ScalarValue, b: ScalarValue): boolean {
  if (typeof a === 'number' && typeof b === 'number' && Number.isNaN(a) && Number.isNaN(b)) return true;
  return a === b;
}

/** Describes a scalar for a message: `true`, `8`, `"yes"`. */
export function describeScalar(value: ScalarValue): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

/**
 * Reads a plain scalar as kubectl does and says whether a YAML 1.2 reader would read it differently.
 */
export function readPlainScalar(source: string): { value: ScalarValue; core: ScalarValue; differs: boolean } {
  const value = resolvePlainKubectl(source);
  const core = resolvePlainCore(source);
  return { value, core, differs: !sameScalar(value, core) };
}

/** The JSON object key kubectl produces for a mapping key (sigs.k8s.io/yaml stringifies non-string keys). */
export function keyText(value: ScalarValue): string {
  if (value === null) return 'null';
  return String(value);
}
