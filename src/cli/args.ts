import { parseArgs } from 'node:util';

/** A mistake in the command line itself: printed with a pointer to `--help`, exit status 2. */
export class UsageError extends Error {}

export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  /** Accepted values of a string option. */
  readonly choices?: readonly string[];
}

export interface Parsed {
  readonly options: Readonly<Record<string, string | boolean | undefined>>;
  readonly positionals: readonly string[];
}

/** Parses a command's arguments strictly: unknown options and values outside `choices` are usage errors. */
export function parseCommand(args: readonly string[], spec: Readonly<Record<string, OptionSpec>>): Parsed {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      options: Object.fromEntries(
        Object.entries(spec).map(([name, o]) => [
          name,
          { type: o.type, ...(o.short ? { short: o.short } : {}) },
        ]),
      ),
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message.split('\n')[0]! : String(error));
  }
  const options = parsed.values as Record<string, string | boolean | undefined>;
  for (const [name, o] of Object.entries(spec)) {
    const value = options[name];
    if (o.choices && typeof value === 'string' && !o.choices.includes(value))
      throw new UsageError(`--${name} must be one of ${o.choices.join(', ')} (got "${value}")`);
  }
  return { options, positionals: parsed.positionals };
}

/** A string option's value, or `fallback`. */
export function stringOption(parsed: Parsed, name: string, fallback: string): string;
export function stringOption(parsed: Parsed, name: string): string | undefined;
export function stringOption(parsed: Parsed, name: string, fallback?: string): string | undefined {
  const value = parsed.options[name];
  return typeof value === 'string' ? value : fallback;
}
