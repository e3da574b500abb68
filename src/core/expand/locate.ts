import type { GroupLayout, Layout, Slot } from './layout';

/**
 * Where the n-th PodClique or pod sits: PCS replica, scaling group and its replica, clique slot and pod
 * index, found by division over the layout (one step per scaling group, never per row).
 */

export interface PodCliquePlace {
  readonly i: bigint;
  /** Null for a standalone PodClique. */
  readonly group: GroupLayout | null;
  /** Scaling-group replica (0 for standalone PodCliques). */
  readonly j: number;
  readonly slot: Slot;
}

export interface PodPlace extends PodCliquePlace {
  readonly k: number;
}

/** The slot holding pod `n` of a unit (slots without pods are stepped over). */
function slotOfPod(slots: readonly Slot[], n: number): Slot {
  for (const slot of slots) if (n < slot.podOffset + slot.pods) return slot;
  throw new RangeError(`No slot holds pod ${n}`);
}

export function locatePodClique(layout: Layout, index: bigint): PodCliquePlace {
  const i = index / layout.podCliquesPerReplica;
  let r = index % layout.podCliquesPerReplica;
  const standalone = BigInt(layout.standalone.length);
  if (r < standalone) return { i, group: null, j: 0, slot: layout.standalone[Number(r)]! };
  r -= standalone;
  for (const group of layout.groups) {
    const width = BigInt(group.members.length);
    const size = BigInt(group.replicas) * width;
    if (r < size) return { i, group, j: Number(r / width), slot: group.members[Number(r % width)]! };
    r -= size;
  }
  throw new RangeError(`No PodClique at ${index}`);
}

export function locatePod(layout: Layout, index: bigint): PodPlace {
  const i = index / layout.podsPerReplica;
  let r = index % layout.podsPerReplica;
  const standalone = BigInt(layout.standalonePods);
  if (r < standalone) {
    const n = Number(r);
    const slot = slotOfPod(layout.standalone, n);
    return { i, group: null, j: 0, slot, k: n - slot.podOffset };
  }
  r -= standalone;
  for (const group of layout.groups) {
    const width = BigInt(group.podsPerReplica);
    const size = BigInt(group.replicas) * width;
    if (r < size) {
      const n = Number(r % width);
      const slot = slotOfPod(group.members, n);
      return { i, group, j: Number(r / width), slot, k: n - slot.podOffset };
    }
    r -= size;
  }
  throw new RangeError(`No pod at ${index}`);
}

/** The PodGang of a PCS replica at `index`: 0 is the base gang, then each group's scaled gangs. */
export function locateGang(layout: Layout, r: bigint): { group: GroupLayout; j: number } | null {
  if (r === 0n) return null;
  let n = Number(r - 1n);
  for (const group of layout.groups) {
    if (n < group.scaledReplicas) return { group, j: group.baseReplicas + n };
    n -= group.scaledReplicas;
  }
  throw new RangeError(`No PodGang at ${r}`);
}
