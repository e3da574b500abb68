import {
  basePodGangName,
  groupPodCliqueName,
  scaledPodGangName,
  standalonePodCliqueName,
} from '../names/names';
import { toCount } from './count';
import type { GroupLayout, Layout, Slot } from './layout';
import { lazyList } from './lazy-list';
import { locateGang } from './locate';
import type { LazyList, PodGangRow, PodGroupRow } from './types';

/**
 * PodGangs (REFERENCE (f)): per PCS replica one base gang (standalone PodCliques and scaling-group
 * replicas below minAvailable), then one scaled gang per scaling-group replica at or above it.
 */

function podGroup(podClique: string, slot: Slot): PodGroupRow {
  return { podClique, minReplicas: slot.clique.minAvailable, pods: slot.pods };
}

function basePodGroups(layout: Layout, i: bigint): LazyList<PodGroupRow> {
  const { pcs, standalone, groups } = layout;
  let size = BigInt(standalone.length);
  for (const g of groups) size += BigInt(g.baseReplicas) * BigInt(g.members.length);
  return lazyList(size, (index) => {
    let r = Number(index);
    if (r < standalone.length) {
      const slot = standalone[r]!;
      return podGroup(standalonePodCliqueName(pcs, i, slot.clique.name), slot);
    }
    r -= standalone.length;
    for (const g of groups) {
      const width = g.members.length;
      if (r < g.baseReplicas * width) {
        const slot = g.members[r % width]!;
        return podGroup(groupPodCliqueName(pcs, i, g.name, Math.floor(r / width), slot.clique.name), slot);
      }
      r -= g.baseReplicas * width;
    }
    throw new RangeError(`No pod group at ${index}`);
  });
}

function basePods(layout: Layout): bigint {
  let pods = BigInt(layout.standalonePods);
  for (const g of layout.groups) pods += BigInt(g.baseReplicas) * BigInt(g.podsPerReplica);
  return pods;
}

function scaledPodGroups(pcs: string, i: bigint, group: GroupLayout, j: number): LazyList<PodGroupRow> {
  return lazyList(BigInt(group.members.length), (index) => {
    const slot = group.members[Number(index)]!;
    return podGroup(groupPodCliqueName(pcs, i, group.name, j, slot.clique.name), slot);
  });
}

export function podGangs(layout: Layout, priorityClassName: string | undefined): LazyList<PodGangRow> {
  const { pcs } = layout;
  const priority = priorityClassName ? { priorityClassName } : {};
  const base = toCount(basePods(layout));
  return lazyList(layout.replicas * layout.gangsPerReplica, (index) => {
    const i = index / layout.gangsPerReplica;
    const scaled = locateGang(layout, index % layout.gangsPerReplica);
    if (!scaled)
      return {
        name: basePodGangName(pcs, i),
        pcsReplica: toCount(i),
        kind: 'base',
        scalingGroup: null,
        scalingGroupReplica: null,
        scaledIndex: null,
        podGroups: basePodGroups(layout, i),
        pods: base,
        ...priority,
      };
    const { group, j } = scaled;
    return {
      name: scaledPodGangName(pcs, i, group.name, j - group.minAvailable),
      pcsReplica: toCount(i),
      kind: 'scaled',
      scalingGroup: group.name,
      scalingGroupReplica: j,
      scaledIndex: j - group.minAvailable,
      podGroups: scaledPodGroups(pcs, i, group, j),
      pods: group.podsPerReplica,
      ...priority,
    };
  });
}
