import { isObject } from '../model/read';
import { readQuantities, readRequirements, type ResourceProblem } from './container-resources';
import type { Quantity } from './quantity';
import { addLists, EMPTY_RESOURCES, maxLists, type ResourceList } from './resource-list';

/**
 * A pod's effective request as the scheduler computes it (component-helpers `resource.PodRequests`,
 * the sidecar KEP-753 formula); see README.md "Effective pod request" for the rule and its sources.
 */

export interface PodRequests {
  /** What the scheduler reserves for one pod: resource -> quantity. */
  readonly requests: ResourceList;
  /** Regular containers plus restartable init containers (sidecars), summed. */
  readonly containers: ResourceList;
  /** The largest need while init containers run: each one plus the sidecars started before it. */
  readonly initPeak: ResourceList;
  /** Pod-level `resources` that replaced the container sum (cpu, memory, hugepages-*), if any. */
  readonly podLevel: ResourceList;
  readonly overhead: ResourceList;
  /** Values that could not be counted (they are left out of the sums). */
  readonly problems: readonly ResourceProblem[];
}

function isSidecar(container: unknown): boolean {
  return isObject(container) && container.restartPolicy === 'Always';
}

function containerList(
  spec: Readonly<Record<string, unknown>>,
  key: string,
  problems: ResourceProblem[],
): unknown[] {
  const value = spec[key];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    problems.push({ at: [key], message: `\`${key}\` must be a list of containers` });
    return [];
  }
  return value;
}

function requestsOf(
  container: unknown,
  at: readonly (string | number)[],
  problems: ResourceProblem[],
): ResourceList {
  if (!isObject(container)) return EMPTY_RESOURCES;
  return readRequirements(container.resources, [...at, 'resources'], problems).requests;
}

/** Resources pod-level `resources` may set (PodLevelResources: cpu, memory, hugepages-*). */
export function isPodLevelResource(name: string): boolean {
  return name === 'cpu' || name === 'memory' || name.startsWith('hugepages-');
}

/** Overcommittable pod-level resources (`IsOvercommitAllowed`): not huge pages. */
function isOvercommittable(name: string): boolean {
  return name === 'cpu' || name === 'memory';
}

/** Pod-level requests after defaulting (SetDefaults_Pod `defaultPodRequests`), restricted to supported names. */
function podLevelRequests(
  spec: Readonly<Record<string, unknown>>,
  aggregate: ResourceList,
  problems: ResourceProblem[],
) {
  const { requests, limits } = readRequirements(spec.resources, ['resources'], problems, false);
  const out = new Map<string, Quantity>(requests);
  if (limits.size > 0) {
    for (const [name, q] of aggregate) if (!out.has(name) && isOvercommittable(name)) out.set(name, q);
    for (const [name, q] of limits) if (!out.has(name) && isPodLevelResource(name)) out.set(name, q);
  }
  const supported = new Map<string, Quantity>();
  for (const [name, q] of out) if (isPodLevelResource(name)) supported.set(name, q);
  return supported;
}

export function podRequests(podSpec: unknown): PodRequests {
  const problems: ResourceProblem[] = [];
  const spec = isObject(podSpec) ? podSpec : {};
  let containers = EMPTY_RESOURCES;
  containerList(spec, 'containers', problems).forEach((c, i) => {
    containers = addLists(containers, requestsOf(c, ['containers', i], problems));
  });

  let sidecars = EMPTY_RESOURCES;
  let initPeak = EMPTY_RESOURCES;
  containerList(spec, 'initContainers', problems).forEach((c, i) => {
    const own = requestsOf(c, ['initContainers', i], problems);
    if (isSidecar(c)) {
      // A sidecar keeps running: it adds to the pod's steady state and to every later init step.
      containers = addLists(containers, own);
      sidecars = addLists(sidecars, own);
      initPeak = maxLists(initPeak, sidecars);
    } else {
      initPeak = maxLists(initPeak, addLists(own, sidecars));
    }
  });

  let requests = maxLists(containers, initPeak);
  const podLevel = podLevelRequests(spec, requests, problems);
  if (podLevel.size > 0) requests = new Map([...requests, ...podLevel]);
  const overhead = readQuantities(spec.overhead, ['overhead'], problems);
  requests = addLists(requests, overhead);
  return { requests, containers, initPeak, podLevel, overhead, problems };
}
