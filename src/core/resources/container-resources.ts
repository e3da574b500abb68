import { isObject } from '../model/read';
import { roundUpToMilli } from './arithmetic';
import { parseQuantity, type Quantity } from './quantity';
import type { ResourceList } from './resource-list';

/** A value that could not be counted, with where it sits (relative to the pod spec) and why. */
export interface ResourceProblem {
  readonly at: readonly (string | number)[];
  readonly message: string;
}

/**
 * A map of resource names to quantities (`requests`, `limits`, `overhead`). Unreadable or negative
 * values are reported and left out. Every value is rounded up to 1m, as the API server does to a
 * Pod's resource lists (SetDefaults_ResourceList).
 */
export function readQuantities(
  value: unknown,
  at: readonly (string | number)[],
  problems: ResourceProblem[],
): Map<string, Quantity> {
  const out = new Map<string, Quantity>();
  if (value === undefined || value === null) return out;
  if (!isObject(value)) {
    problems.push({
      at,
      message: `\`${String(at[at.length - 1])}\` must be a map of resource names to quantities`,
    });
    return out;
  }
  for (const name of Object.keys(value)) {
    const parsed = parseQuantity(value[name]);
    if (!parsed.ok) problems.push({ at: [...at, name], message: `${name}: ${parsed.reason}` });
    else if (parsed.quantity.nano < 0n)
      problems.push({ at: [...at, name], message: `${name}: a resource amount cannot be negative` });
    else out.set(name, roundUpToMilli(parsed.quantity));
  }
  return out;
}

export interface Requirements {
  readonly requests: ResourceList;
  readonly limits: ResourceList;
}

/**
 * One `resources` block. For a container the API server's Pod defaulting applies: a resource with only
 * a limit requests its limit (SetDefaults_Pod); pod-level resources default differently (see
 * pod-requests.ts), so `limitsAsRequests` is off for them. `at` is the path of the block itself.
 */
export function readRequirements(
  resources: unknown,
  at: readonly (string | number)[],
  problems: ResourceProblem[],
  limitsAsRequests = true,
): Requirements {
  if (resources === undefined || resources === null) return { requests: new Map(), limits: new Map() };
  if (!isObject(resources)) {
    problems.push({ at, message: '`resources` must be a map with `requests` and `limits`' });
    return { requests: new Map(), limits: new Map() };
  }
  const requests = readQuantities(resources.requests, [...at, 'requests'], problems);
  const limits = readQuantities(resources.limits, [...at, 'limits'], problems);
  if (!limitsAsRequests) return { requests, limits };
  const written = isObject(resources.requests) ? resources.requests : undefined;
  for (const [name, limit] of limits) {
    // A request written but unreadable still counts as written: it is reported, not replaced by the limit.
    if (!requests.has(name) && !(written && Object.hasOwn(written, name))) requests.set(name, limit);
  }
  return { requests, limits };
}
