import type { GroupLayout, Layout, Slot } from '../expand/layout';
import {
  effectiveGeneratePrefix,
  groupPodCliqueName,
  podHostname,
  standalonePodCliqueName,
} from '../names/names';
import { podSuffix } from '../names/suffix';

/**
 * Places of the objects kubectl lists, and where each sits in the expansion's lists (whose order is
 * PCS replica, then standalone cliques, then each scaling group's replicas: `expand/locate.ts`).
 * The views sort places by name and read the rows themselves from the expansion.
 */

export interface CliquePlace {
  readonly i: bigint;
  readonly group: GroupLayout | null;
  /** Scaling-group replica (0 for a standalone clique). */
  readonly j: bigint;
  readonly slot: Slot;
}

export interface PodPlace extends CliquePlace {
  readonly k: bigint;
}

export interface GroupPlace {
  readonly i: bigint;
  readonly group: GroupLayout;
}

export interface GangPlace {
  readonly i: bigint;
  /** Null for the base PodGang. */
  readonly group: GroupLayout | null;
  /** Scaled PodGang index `j - minAvailable`. */
  readonly s: bigint;
}

export interface Offsets {
  readonly podCliques: readonly bigint[];
  readonly pods: readonly bigint[];
  readonly gangs: readonly bigint[];
}

/** Where each scaling group's rows start inside one PCS replica, per list. */
export function offsets(layout: Layout): Offsets {
  let podCliques = BigInt(layout.standalone.length);
  let pods = BigInt(layout.standalonePods);
  let gangs = 1n;
  const out = { podCliques: [] as bigint[], pods: [] as bigint[], gangs: [] as bigint[] };
  for (const g of layout.groups) {
    out.podCliques.push(podCliques);
    out.pods.push(pods);
    out.gangs.push(gangs);
    podCliques += BigInt(g.replicas) * BigInt(g.members.length);
    pods += BigInt(g.replicas) * BigInt(g.podsPerReplica);
    gangs += BigInt(g.scaledReplicas);
  }
  return out;
}

export function podCliqueIndex(layout: Layout, at: Offsets, p: CliquePlace): bigint {
  const within = p.group
    ? at.podCliques[p.group.position]! + p.j * BigInt(p.group.members.length) + BigInt(p.slot.position)
    : BigInt(p.slot.position);
  return p.i * layout.podCliquesPerReplica + within;
}

export function podIndex(layout: Layout, at: Offsets, p: PodPlace): bigint {
  const within = p.group
    ? at.pods[p.group.position]! + p.j * BigInt(p.group.podsPerReplica) + BigInt(p.slot.podOffset) + p.k
    : BigInt(p.slot.podOffset) + p.k;
  return p.i * layout.podsPerReplica + within;
}

export function groupIndex(layout: Layout, p: GroupPlace): bigint {
  return p.i * BigInt(layout.groups.length) + BigInt(p.group.position);
}

export function gangIndex(layout: Layout, at: Offsets, p: GangPlace): bigint {
  const within = p.group ? at.gangs[p.group.position]! + p.s : 0n;
  return p.i * layout.gangsPerReplica + within;
}

export function podCliqueName(pcs: string, p: CliquePlace): string {
  return p.group
    ? groupPodCliqueName(pcs, p.i, p.group.name, p.j, p.slot.clique.name)
    : standalonePodCliqueName(pcs, p.i, p.slot.clique.name);
}

/** The pod name the expansion shows (`PodRow.name`): generateName prefix plus the seeded suffix. */
export function podName(podClique: string, k: number | bigint, seed: number): string {
  return effectiveGeneratePrefix(podClique) + podSuffix(seed, podHostname(podClique, k));
}
