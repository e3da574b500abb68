import { add, max, milliValue, times, value, type Multiplier } from './arithmetic';
import type { Quantity } from './quantity';

/**
 * Resource lists: resource name -> quantity (`cpu`, `memory`, `nvidia.com/gpu`, any extended resource).
 * A Map, so names such as `__proto__` are ordinary keys.
 */
export type ResourceList = ReadonlyMap<string, Quantity>;

export const EMPTY_RESOURCES: ResourceList = new Map();

export function addLists(a: ResourceList, b: ResourceList): ResourceList {
  if (b.size === 0) return a;
  const out = new Map(a);
  for (const [name, q] of b) {
    const current = out.get(name);
    out.set(name, current ? add(current, q) : q);
  }
  return out;
}

/** Per resource, the larger of the two (a resource missing on one side counts as zero). */
export function maxLists(a: ResourceList, b: ResourceList): ResourceList {
  const out = new Map(a);
  for (const [name, q] of b) {
    const current = out.get(name);
    out.set(name, current ? max(current, q) : q);
  }
  return out;
}

export function scaleList(list: ResourceList, count: Multiplier): ResourceList {
  const out = new Map<string, Quantity>();
  for (const [name, q] of list) out.set(name, times(q, count));
  return out;
}

export function sumLists(lists: Iterable<ResourceList>): ResourceList {
  let total = EMPTY_RESOURCES;
  for (const list of lists) total = addLists(total, list);
  return total;
}

const FIRST = ['cpu', 'memory', 'ephemeral-storage'];

/** Display order: cpu, memory, ephemeral-storage, then every other resource by name. */
export function resourceNames(names: Iterable<string>): string[] {
  const rank = (n: string) => {
    const i = FIRST.indexOf(n);
    return i < 0 ? FIRST.length : i;
  };
  return [...new Set(names)].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * A quantity in the integer units the scheduler compares against node allocatable
 * (`framework.Resource.Add`): CPU in millicores, every other resource in whole units, rounded up.
 */
export function schedulerAmount(resource: string, q: Quantity): bigint {
  return resource === 'cpu' ? milliValue(q) : value(q);
}
