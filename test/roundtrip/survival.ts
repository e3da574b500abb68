import { expect } from 'vitest';
import { parseManifest } from '../../src/core/parse/parse';
import type { Generated, Place } from './manifests';

/**
 * Checks that what a random manifest carried (comments, unknown fields, the order of keys) is still in a
 * text derived from it.
 */

type Value = unknown;
const isObject = (v: Value): v is Record<string, Value> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The map a place names in a text, or undefined when it is gone (a removed clique). */
export function mapAt(text: string, place: Place): Record<string, Value> | undefined {
  const root = parseManifest(text).documents[place.document]?.value;
  if (!isObject(root)) return undefined;
  const step = (v: Value, key: string) => (isObject(v) ? v[key] : undefined);
  if (place.map === 'root') return root;
  if (place.map === 'metadata' || place.map === 'spec') return step(root, place.map) as Record<string, Value>;
  const template = step(step(root, 'spec'), 'template');
  if (place.map === 'template') return isObject(template) ? template : undefined;
  const cliques = step(template, 'cliques');
  const item: Value = Array.isArray(cliques)
    ? (cliques as Value[]).find((c) => isObject(c) && c['name'] === place.clique)
    : undefined;
  const map: Value = place.map === 'clique' ? item : step(item, 'spec');
  return isObject(map) ? map : undefined;
}

/** `note-N` comments in text order. */
export function notes(text: string): string[] {
  return [...text.matchAll(/#\s*(note-\d+)/g)].map((m) => m[1]!);
}

/** Keys of `before` still in `after` come in the same order. */
export function expectKeyOrderKept(
  before: Record<string, Value>,
  after: Record<string, Value>,
  where: string,
) {
  const kept = Object.keys(before).filter((k) => k in after);
  expect(
    Object.keys(after).filter((k) => k in before),
    `key order in ${where}`,
  ).toEqual(kept);
}

/**
 * Everything in `a` is in `b`: same scalars, lists of the same length, maps with at least a's keys in a's
 * order (`b` may have more: written defaults).
 */
export function expectContained(a: Value, b: Value, path = ''): void {
  if (Array.isArray(a)) {
    expect(Array.isArray(b) && b.length, `list at ${path}`).toBe(a.length);
    a.forEach((v, i) => expectContained(v, (b as Value[])[i], `${path}[${i}]`));
  } else if (isObject(a)) {
    expect(isObject(b), `map at ${path}`).toBe(true);
    expectKeyOrderKept(a, b as Record<string, Value>, path || 'the root');
    for (const key of Object.keys(a))
      expectContained(a[key], (b as Record<string, Value>)[key], `${path}.${key}`);
  } else expect(b, `value at ${path}`).toEqual(a);
}

/**
 * Comments, unknown fields and key order of the places a command sequence could not have removed: the
 * PodCliqueSet-level maps, and the cliques it never removed, renamed or added.
 */
export function expectDecorationsKept(
  generated: Generated,
  after: string,
  touched: ReadonlySet<string>,
): void {
  const kept = (place: Place) => place.clique === undefined || !touched.has(place.clique);
  const left = notes(after);
  // A comment documents the key below it: it stays as long as that key does (removing the last scaling
  // group removes `podCliqueScalingGroups:` with its comment).
  const stays = generated.comments.filter(
    (c) => kept(c.place) && mapAt(after, c.place)?.[c.key] !== undefined,
  );
  for (const c of stays) expect(left, `comment ${c.text} above ${c.key}`).toContain(c.text);
  const levelOrder = (list: string[]) =>
    list.filter((n) => stays.some((c) => c.text === n && c.place.clique === undefined));
  expect(levelOrder(left), 'PodCliqueSet-level comments in order').toEqual(levelOrder(notes(generated.text)));
  for (const u of generated.unknown)
    if (kept(u.place)) expect(mapAt(after, u.place)?.[u.key], `${u.key} in ${u.place.map}`).toEqual(u.value);
  const places = new Map(
    [...generated.comments, ...generated.unknown].map((d) => [JSON.stringify(d.place), d.place] as const),
  );
  for (const place of places.values()) {
    if (!kept(place)) continue;
    const before = mapAt(generated.text, place);
    const now = mapAt(after, place);
    if (before && now) expectKeyOrderKept(before, now, `${place.map} ${place.clique ?? ''}`);
  }
}
