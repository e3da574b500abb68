import { isScalar, Scalar } from 'yaml';
import { resolvePlainCore, resolvePlainKubectl } from '../parse/scalars';

/** How neighbouring scalars are quoted. */
export type Quoting = 'plain' | 'double' | 'single';

/** Plain text that any YAML reader keeps as this very string. */
const PLAIN_SAFE = /^[A-Za-z0-9_./](?:[A-Za-z0-9_./@:-]*[A-Za-z0-9_./@-])?$/;

export function quotingOf(node: unknown): Quoting | undefined {
  if (!isScalar(node)) return undefined;
  if (node.type === Scalar.QUOTE_DOUBLE) return 'double';
  if (node.type === Scalar.QUOTE_SINGLE) return 'single';
  if (node.type === Scalar.PLAIN) return 'plain';
  return undefined;
}

/** The quoting most of `nodes` use (plain on a tie or when none is a scalar). */
export function majorityQuoting(nodes: readonly unknown[]): Quoting {
  const counts = { plain: 0, double: 0, single: 0 };
  for (const node of nodes) {
    const q = quotingOf(node);
    if (q) counts[q]++;
  }
  if (counts.double > counts.plain && counts.double >= counts.single) return 'double';
  if (counts.single > counts.plain && counts.single > counts.double) return 'single';
  return 'plain';
}

function quote(value: string, quoting: Quoting): string {
  if (quoting === 'single') return `'${value.replaceAll("'", "''")}'`;
  return JSON.stringify(value);
}

/** True when `value` written plain reads back as the same string under YAML 1.1 and 1.2. */
export function plainKeepsString(value: string): boolean {
  return PLAIN_SAFE.test(value) && resolvePlainKubectl(value) === value && resolvePlainCore(value) === value;
}

/** A string value (a name, an image) in the given quoting; plain only where it stays a string. */
export function formatString(value: string, quoting: Quoting): string {
  if (quoting === 'plain') return plainKeepsString(value) ? value : quote(value, 'double');
  return quote(value, quoting);
}

/** A resource quantity: plain numbers are fine here (a quantity is an int or a string). */
export function formatQuantity(value: string, quoting: Quoting): string {
  if (quoting !== 'plain') return quote(value, quoting);
  if (plainKeepsString(value)) return value;
  return /^[0-9]+$/.test(value) ? value : quote(value, 'double');
}

/** A scalar's text as the reader sees it (failsafe schema: always a string). */
export function scalarString(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  return typeof node.value === 'string' ? node.value : String(node.value);
}

/** Rewrites a scalar's text in its own quoting style (plain falls back to double quotes when needed). */
export function rewriteScalar(node: Scalar, value: string): string {
  const q = quotingOf(node) ?? 'double';
  return formatString(value, q);
}
