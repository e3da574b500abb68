import type { SchemaNode } from '../../schema';
import { describeValue } from './describe';
import type { SchemaWalk } from './walk';

/**
 * `x-kubernetes-list-type` uniqueness, as the API server checks it after the schema: items of a `map` list are
 * identified by their `x-kubernetes-list-map-keys` (a missing key takes its CRD default), items of a `set` by
 * their value. The later duplicate is reported, at its own index.
 */

function scalarId(value: unknown): string {
  if (typeof value === 'string') return `s${value}`;
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value}${value}`;
  return `j${JSON.stringify(value)}`;
}

export function checkListMap(walk: SchemaWalk, list: readonly unknown[], node: SchemaNode): void {
  const keys = node.listMapKeys;
  if (keys === undefined || keys.length === 0) return;
  const defaults = node.listMapKeyDefaults;
  const seen = new Map<string, number>();
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    if (typeof item !== 'object' || item === null || Array.isArray(item)) continue; // a type error already
    let id = '';
    let complete = true;
    for (const key of keys) {
      let value = (item as Record<string, unknown>)[key];
      if (value === undefined || value === null) value = defaults?.[key];
      // A missing key is reported as a required field; the item cannot be compared.
      if (value === undefined || value === null) {
        complete = false;
        break;
      }
      id += `${scalarId(value)}\u0000`;
    }
    if (!complete) continue;
    const first = seen.get(id);
    if (first === undefined) {
      seen.set(id, i);
      continue;
    }
    const identity = keys
      .map((key) => {
        const value = (item as Record<string, unknown>)[key] ?? defaults?.[key];
        return `${key} ${describeValue(value)}`;
      })
      .join(' and ');
    walk.report(
      'schema-list-map-duplicate',
      `Duplicate value: item [${first}] of this list already has ${identity}; its items are identified by ${keys.join(' and ')}, which must be unique.`,
      {},
      i,
    );
  }
}

export function checkListSet(walk: SchemaWalk, list: readonly unknown[]): void {
  const seen = new Map<string, number>();
  for (let i = 0; i < list.length; i++) {
    const id = scalarId(list[i]);
    const first = seen.get(id);
    if (first === undefined) {
      seen.set(id, i);
      continue;
    }
    walk.report(
      'schema-list-set-duplicate',
      `Duplicate value: ${describeValue(list[i])} is already item [${first}] of this list, whose items must be unique.`,
      {},
      i,
    );
  }
}
