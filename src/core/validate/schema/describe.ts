import type { SchemaNode } from '../../schema';

/** How values and types are named in messages: short, and never the whole of a large value. */

const MAX_SHOWN = 60;

export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') {
    const shown = value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value;
    return JSON.stringify(shown);
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : `a list of ${value.length}`;
  return 'a mapping';
}

/** What kind of value it is, in words: "a string", "a list". */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return 'a string';
    case 'boolean':
      return 'a boolean';
    case 'number':
      return Number.isInteger(value) ? 'an integer' : 'a number with a fraction';
    case 'object':
      return 'a mapping';
    default:
      return typeof value;
  }
}

/** What the schema wants, in words. */
export function expected(node: SchemaNode): string {
  if (node.intOrString) return 'an integer or a string';
  switch (node.type) {
    case 'object':
      return 'a mapping (an object)';
    case 'array':
      return 'a list';
    case 'string':
      return 'a string';
    case 'integer':
      return 'an integer';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true or false';
    default:
      return 'a value';
  }
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
