import { closest } from '../../core/validate/schema/suggest';

/**
 * Reads an untrusted value (a parsed lesson file) field by field, collecting every problem with the
 * place it was found (`lessons[2].goal[1].podCount`), so an instructor sees all mistakes at once.
 */
export class Reader {
  readonly errors: string[] = [];

  fail(at: string, message: string): undefined {
    if (this.errors.length < 50) this.errors.push(at ? `${at}: ${message}` : message);
    return undefined;
  }

  object(at: string, value: unknown, what = 'a mapping'): Record<string, unknown> | undefined {
    if (value !== null && typeof value === 'object' && !Array.isArray(value))
      return value as Record<string, unknown>;
    return this.fail(at, `expected ${what}, found ${describe(value)}`);
  }

  list(at: string, value: unknown, max: number): readonly unknown[] | undefined {
    if (!Array.isArray(value)) return this.fail(at, `expected a list, found ${describe(value)}`);
    const list = value as readonly unknown[];
    if (list.length > max) return this.fail(at, `at most ${max} entries, found ${list.length}`);
    return list;
  }

  text(at: string, value: unknown, max: number, pattern?: RegExp, shape?: string): string | undefined {
    if (typeof value !== 'string') return this.fail(at, `expected text, found ${describe(value)}`);
    if (value.trim() === '') return this.fail(at, 'must not be empty');
    if (value.length > max) return this.fail(at, `at most ${max} characters, found ${value.length}`);
    if (pattern && !pattern.test(value)) return this.fail(at, `"${clip(value)}" is not ${shape ?? 'valid'}`);
    return value;
  }

  count(at: string, value: unknown, max = 2147483647): number | undefined {
    if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max) return value;
    return this.fail(at, `expected a whole number from 0 to ${max}, found ${describe(value)}`);
  }

  /** Reports keys that are not `allowed`, with the closest allowed key as a suggestion. */
  onlyKeys(at: string, value: Record<string, unknown>, allowed: readonly string[]): void {
    for (const key of Object.keys(value)) {
      if (allowed.includes(key)) continue;
      const near = closest(key, allowed);
      this.fail(at, `unknown field "${clip(key)}"${near ? `; did you mean "${near}"?` : ''}`);
    }
  }
}

export function clip(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

export function describe(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the text "${clip(value)}"`;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return `${typeof value} ${clip(String(value))}`;
  return typeof value;
}
