import { isObject } from '../model/read';
import type { ResourceProblem } from './container-resources';
import { packFirstFitDecreasing } from './pack';
import { parseQuantity, type Quantity } from './quantity';
import { resourceNames, schedulerAmount, type ResourceList } from './resource-list';

/**
 * How many nodes of one shape a set of pods needs. Two answers, never confused:
 * - `lowerBound`: per resource, total requested / per node, rounded up; the largest of these. No
 *   placement can use fewer nodes (it ignores that pods are whole).
 * - `firstFit`: the nodes a first-fit-decreasing packing of whole pods uses. That many certainly
 *   suffice; the true minimum lies between the two.
 * Both ignore what a real node also runs (DaemonSets, system reservations) and topology constraints.
 */

/** Allocatable resources of one node, e.g. `{cpu: 224, memory: 2Ti, nvidia.com/gpu: 8, pods: 110}`. */
export type NodeShape = ResourceList;

export interface PodSet {
  readonly label: string;
  readonly requests: ResourceList;
  readonly count: bigint;
}

export interface NodeEstimate {
  /** Null when some pods fit no node of this shape. */
  readonly lowerBound: bigint | null;
  /** The bound each node resource gives on its own. */
  readonly byResource: ReadonlyMap<string, bigint>;
  /** Nodes the first-fit-decreasing packing uses for the pods that fit. */
  readonly firstFit: bigint;
  /** Pods that fit no node of this shape, and the resources that stop them. */
  readonly unschedulable: readonly {
    readonly label: string;
    readonly pods: bigint;
    readonly short: readonly string[];
  }[];
}

export function parseNodeShape(input: unknown): { shape: NodeShape; problems: ResourceProblem[] } {
  const shape = new Map<string, Quantity>();
  const problems: ResourceProblem[] = [];
  if (!isObject(input))
    return { shape, problems: [{ at: [], message: 'a node shape is a map of resources' }] };
  for (const name of Object.keys(input)) {
    const parsed = parseQuantity(input[name]);
    if (!parsed.ok) problems.push({ at: [name], message: `${name}: ${parsed.reason}` });
    else if (parsed.quantity.nano < 0n) problems.push({ at: [name], message: `${name}: cannot be negative` });
    else shape.set(name, parsed.quantity);
  }
  return { shape, problems };
}

function divideUp(a: bigint, b: bigint): bigint {
  return (a + b - 1n) / b;
}

/** One pod's needs in scheduler units along `dims`; a node shape with `pods` counts each pod as one. */
function needOf(requests: ResourceList, dims: readonly string[]): bigint[] {
  return dims.map((d) => {
    if (d === 'pods' && !requests.has('pods')) return 1n;
    const q = requests.get(d);
    return q ? schedulerAmount(d, q) : 0n;
  });
}

function shortOf(requests: ResourceList, shape: NodeShape): string[] {
  const short: string[] = [];
  for (const [name, q] of requests) {
    const amount = schedulerAmount(name, q);
    const cap = shape.get(name);
    if (amount > 0n && (!cap || amount > schedulerAmount(name, cap))) short.push(name);
  }
  if (shape.has('pods') && schedulerAmount('pods', shape.get('pods')!) < 1n) short.push('pods');
  return resourceNames(short);
}

export function estimateNodes(sets: readonly PodSet[], shape: NodeShape): NodeEstimate {
  const live = sets.filter((s) => s.count > 0n);
  const shorts = live.map((s) => shortOf(s.requests, shape));
  const unschedulable = live.flatMap((s, k) =>
    shorts[k]!.length > 0 ? [{ label: s.label, pods: s.count, short: shorts[k]! }] : [],
  );
  const fitting = live.filter((_, k) => shorts[k]!.length === 0);

  const dims = resourceNames(shape.keys());
  const node = dims.map((d) => schedulerAmount(d, shape.get(d)!));
  const needs = fitting.map((s) => needOf(s.requests, dims));
  const byResource = new Map<string, bigint>();
  dims.forEach((d, i) => {
    const total = needs.reduce((sum, need, k) => sum + need[i]! * fitting[k]!.count, 0n);
    if (total > 0n) byResource.set(d, divideUp(total, node[i]!));
  });
  let bound = fitting.length > 0 ? 1n : 0n;
  for (const n of byResource.values()) if (n > bound) bound = n;
  const packing = packFirstFitDecreasing(
    fitting.map((s, k) => ({ need: needs[k]!, count: s.count })),
    node,
  );
  return {
    lowerBound: unschedulable.length > 0 ? null : bound,
    byResource,
    firstFit: packing.nodes,
    unschedulable,
  };
}
