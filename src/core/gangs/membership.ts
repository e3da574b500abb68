import type { Layout } from '../expand/layout';
import { basePodGangName, scaledPodGangName } from '../names/names';

/**
 * Which PodGang each part of the design lands in (REFERENCE (f)), by clique and scaling-group name, for
 * the gang view and the graph's gang overlay. It is the same in every PodCliqueSet replica;
 * `gangOfGroupReplica` names the gang of one scaling-group replica of one PCS replica.
 */

export interface GroupGangs {
  readonly scalingGroup: string;
  readonly cliques: readonly string[];
  readonly replicas: number;
  readonly minAvailable: number;
  /** Replicas `0 .. baseReplicas-1` are in the base gang. */
  readonly baseReplicas: number;
  /** Replicas `baseReplicas ..` each have their own scaled gang (`<pcs>-<i>-<group>-<j - minAvailable>`). */
  readonly scaledReplicas: number;
  readonly podsPerReplica: number;
}

export interface PodGroupFloor {
  /** The clique whose PodCliques form the pod group. */
  readonly clique: string;
  readonly scalingGroup: string | null;
  /** PodGroup `minReplicas`: the clique template's minAvailable. */
  readonly minReplicas: number;
  readonly pods: number;
}

export interface GangMembership {
  readonly pcs: string;
  /** Standalone cliques: always in the base gang. */
  readonly standalone: readonly string[];
  readonly groups: readonly GroupGangs[];
  /** Every clique's pod-group floor, standalone cliques first. */
  readonly floors: readonly PodGroupFloor[];
  /** PodGangs per PCS replica: 1 base + the scaled ones. */
  readonly gangsPerReplica: number;
  /** Pods of one base gang. */
  readonly basePods: number;
}

export function gangMembership(layout: Layout): GangMembership {
  const groups = layout.groups.map((g) => ({
    scalingGroup: g.name,
    cliques: g.members.map((s) => s.clique.name),
    replicas: g.replicas,
    minAvailable: g.minAvailable,
    baseReplicas: g.baseReplicas,
    scaledReplicas: g.scaledReplicas,
    podsPerReplica: g.podsPerReplica,
  }));
  const floors: PodGroupFloor[] = [
    ...layout.standalone.map((s) => ({
      clique: s.clique.name,
      scalingGroup: null,
      minReplicas: s.clique.minAvailable,
      pods: s.pods,
    })),
    ...layout.groups.flatMap((g) =>
      g.members.map((s) => ({
        clique: s.clique.name,
        scalingGroup: g.name,
        minReplicas: s.clique.minAvailable,
        pods: s.pods,
      })),
    ),
  ];
  return {
    pcs: layout.pcs,
    standalone: layout.standalone.map((s) => s.clique.name),
    groups,
    floors,
    gangsPerReplica: 1 + groups.reduce((n, g) => n + g.scaledReplicas, 0),
    basePods: layout.standalonePods + groups.reduce((n, g) => n + g.baseReplicas * g.podsPerReplica, 0),
  };
}

/** The gang of scaling-group replica `j` in PCS replica `i`: base below minAvailable, else its own. */
export function gangOfGroupReplica(pcs: string, i: bigint, group: GroupGangs, j: bigint): string {
  return j < BigInt(group.baseReplicas)
    ? basePodGangName(pcs, i)
    : scaledPodGangName(pcs, i, group.scalingGroup, j - BigInt(group.minAvailable));
}
