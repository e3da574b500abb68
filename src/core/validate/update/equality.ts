import { isObject } from '../../model/read';
import type { ResourceSharingModel } from '../../model/types';

/**
 * Kubernetes' semantic equality, which `ValidateImmutableField` uses: nil and empty lists or maps are
 * equal. (An absent object and an empty one count as equal here too; Go would tell a nil pointer from
 * a pointer to an empty struct, a difference no manifest author means.)
 */
export function semanticEqual(a: unknown, b: unknown): boolean {
  if (isEmpty(a) && isEmpty(b)) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, i) => semanticEqual(item, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) if (!semanticEqual(a[key], b[key])) return false;
    return true;
  }
  return a === b;
}

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (Array.isArray(value)) return value.length === 0;
  return isObject(value) && Object.keys(value).length === 0;
}

export function sameStrings(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  const x = a ?? [];
  const y = b ?? [];
  return x.length === y.length && x.every((v, i) => v === y[i]);
}

/** Two resourceSharing lists, field by field ("" and absent are the same string to Go). */
export function sameSharing(a: readonly ResourceSharingModel[], b: readonly ResourceSharingModel[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((x, i) => {
    const y = b[i]!;
    if ((x.name ?? '') !== (y.name ?? '')) return false;
    if ((x.namespace ?? '') !== (y.namespace ?? '')) return false;
    if ((x.scope ?? '') !== (y.scope ?? '')) return false;
    if (!x.filter || !y.filter) return !x.filter && !y.filter;
    return (
      sameStrings(x.filter.childCliqueNames, y.filter.childCliqueNames) &&
      sameStrings(x.filter.childScalingGroupNames, y.filter.childScalingGroupNames)
    );
  });
}

export function show(value: unknown): string {
  if (value === undefined) return '(not set)';
  if (Array.isArray(value)) return `[${value.map((v) => show(v)).join(', ')}]`;
  if (typeof value === 'string') return `'${value}'`;
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value);
}
