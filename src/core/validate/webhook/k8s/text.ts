/** Go counts string lengths in UTF-8 bytes; so do Grove's and Kubernetes' length limits. */
export function utf8Length(value: string): number {
  let bytes = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < value.length) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/** Grove's `IsEmptyStringType`: empty once surrounding white space is trimmed. */
export function isBlank(value: string | undefined): boolean {
  return value === undefined || value.trim() === '';
}

/** `'a', 'b' and 'c'` for messages. */
export function quoteList(values: readonly string[]): string {
  const quoted = values.map((v) => `'${v}'`);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]!}`;
}

/** The values that occur more than once, each once, in order of first occurrence (lo.FindDuplicates). */
export function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const v of values) {
    if (seen.has(v)) repeated.add(v);
    else seen.add(v);
  }
  return [...repeated];
}

/** Index of the second occurrence of `value` in `values`, or -1. */
export function secondIndexOf(values: readonly string[], value: string): number {
  const first = values.indexOf(value);
  return first < 0 ? -1 : values.indexOf(value, first + 1);
}
