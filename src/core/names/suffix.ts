import { POD_SUFFIX_LENGTH, SUFFIX_ALPHABET } from './names';

/**
 * Pod-name suffixes. The API server appends five random characters from Kubernetes' alphabet to a
 * `generateName`; the designer draws them from a seed instead, so the same manifest always shows the
 * same names (screenshots and tests stay stable). They are placeholders for the real, random ones.
 */

/** FNV-1a, 32 bits. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Five characters of `SUFFIX_ALPHABET`, a pure function of the seed and the pod's hostname. */
export function podSuffix(seed: number, hostname: string): string {
  let state = hash(`${seed}\u0000${hostname}`);
  let out = '';
  for (let n = 0; n < POD_SUFFIX_LENGTH; n++) {
    // One splitmix32 step per character.
    state = (state + 0x9e3779b9) | 0;
    let z = Math.imul(state ^ (state >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    z = (z ^ (z >>> 16)) >>> 0;
    out += SUFFIX_ALPHABET[z % SUFFIX_ALPHABET.length];
  }
  return out;
}

/** Why `text` cannot be a suffix the API server generated; empty when it can. */
export function suffixProblems(text: string): string[] {
  const problems: string[] = [];
  if (text.length !== POD_SUFFIX_LENGTH)
    problems.push(
      `the suffix "${text}" has ${text.length} character${text.length === 1 ? '' : 's'}; the API server appends ${POD_SUFFIX_LENGTH}`,
    );
  const outside = [...new Set([...text].filter((c) => !SUFFIX_ALPHABET.includes(c)))];
  if (outside.length > 0)
    problems.push(
      `${outside.map((c) => `"${c}"`).join(', ')} ${outside.length === 1 ? 'is' : 'are'} not in Kubernetes' suffix alphabet (${SUFFIX_ALPHABET}: no vowels, no 0, 1 or 3)`,
    );
  return problems;
}

export function isPodSuffix(text: string): boolean {
  return suffixProblems(text).length === 0;
}
