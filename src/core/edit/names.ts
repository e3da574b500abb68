import { isDns1123Label, MAX_COMBINED_NAME_LENGTH, MAX_LABEL_LENGTH } from '../names/names';

export type NamedKind = 'clique' | 'scaling group';

/**
 * Why a name cannot be given to a clique or scaling group in the designer, or undefined. Grove
 * accepts DNS-1123 subdomains (dots allowed), but a dot breaks pod hostnames and Service names
 * (REFERENCE (h) 3), so the designer asks for a DNS-1123 label.
 */
export function nameProblem(name: string, kind: NamedKind): string | undefined {
  if (name.trim() === '') return `A ${kind} needs a name.`;
  if (isDns1123Label(name)) return undefined;
  if (name.includes('.'))
    return `"${name}" contains a dot: Grove accepts it, but pods of this ${kind} could not get a hostname. Use lower-case letters, digits and '-'.`;
  if (name.length > MAX_LABEL_LENGTH) return `"${name}" is longer than ${MAX_LABEL_LENGTH} characters.`;
  return `"${name}" is not a valid ${kind} name: use lower-case letters, digits and '-', starting and ending with a letter or digit.`;
}

/** Grove's name budget (REFERENCE B.1): `len(pcs) + len(group) + len(clique) <= 45`. */
export function budgetProblem(
  pcs: string | undefined,
  group: string | undefined,
  clique: string,
): string | undefined {
  const parts = [pcs, group, clique].filter((p): p is string => p !== undefined);
  const total = parts.reduce((sum, p) => sum + p.length, 0);
  if (total <= MAX_COMBINED_NAME_LENGTH) return undefined;
  const named = parts.map((p) => `"${p}"`).join(' + ');
  return `${named} is ${total} characters; Grove allows at most ${MAX_COMBINED_NAME_LENGTH} for the PodCliqueSet, scaling group and clique names together.`;
}

/** Room left for a clique name (with `group`) or a group name (with `longestClique`). */
export function roomFor(pcs: string | undefined, other: number): number {
  return Math.min(MAX_LABEL_LENGTH, MAX_COMBINED_NAME_LENGTH - (pcs?.length ?? 0) - other);
}

/**
 * The first of `base`, `base-2`, `base-3`... not in `taken`, shortened to `room` characters; undefined
 * when not even one character fits.
 */
export function uniqueName(base: string, taken: ReadonlySet<string>, room: number): string | undefined {
  if (room < 1) return undefined;
  for (let n = 1; n < 10_000; n++) {
    const suffix = n === 1 ? '' : `-${n}`;
    const stem = base.slice(0, Math.max(0, room - suffix.length)).replace(/-+$/, '');
    const candidate = stem === '' ? (n === 1 ? undefined : String(n).slice(0, room)) : stem + suffix;
    if (candidate !== undefined && candidate.length <= room && !taken.has(candidate)) return candidate;
  }
  return undefined;
}
