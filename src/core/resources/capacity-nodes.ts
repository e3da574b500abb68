import {
  LEVELS,
  type Capacity,
  type CliqueCapacity,
  type GroupCapacity,
  type Level,
  type PerLevel,
} from './capacity';
import { estimateNodes, type NodeEstimate, type NodeShape, type PodSet } from './nodes';

/**
 * Node counts for every level of a `Capacity`: one PodClique, one scaling-group replica, one
 * PodCliqueSet replica, everything. Each scope is estimated on its own (packing everything together
 * can need fewer nodes than the sum of the parts).
 */

export interface CapacityNodes {
  /** Standalone cliques and scaling-group members, keyed by clique name: one PodClique. */
  readonly perPodClique: ReadonlyMap<string, PerLevel<NodeEstimate>>;
  /** Keyed by scaling-group name: one replica of the group. */
  readonly perScalingGroupReplica: ReadonlyMap<string, PerLevel<NodeEstimate>>;
  readonly perPcsReplica: PerLevel<NodeEstimate>;
  readonly total: PerLevel<NodeEstimate>;
}

function cliqueSet(c: CliqueCapacity, level: Level, times = 1n): PodSet {
  return { label: c.clique, requests: c.perPod.requests, count: c.pods[level] * times };
}

function groupSets(g: GroupCapacity, level: Level, times: bigint): PodSet[] {
  return g.members.map((m) => cliqueSet(m, level, times));
}

function replicaSets(c: Capacity, level: Level, times: bigint): PodSet[] {
  return [
    ...c.standalone.map((s) => cliqueSet(s, level, times)),
    ...c.groups.flatMap((g) => groupSets(g, level, g.replicas[level] * times)),
  ];
}

function each(f: (level: Level) => NodeEstimate): PerLevel<NodeEstimate> {
  const out = {} as Record<Level, NodeEstimate>;
  for (const level of LEVELS) out[level] = f(level);
  return out;
}

export function capacityNodes(c: Capacity, shape: NodeShape): CapacityNodes {
  const perPodClique = new Map<string, PerLevel<NodeEstimate>>();
  for (const clique of [...c.standalone, ...c.groups.flatMap((g) => g.members)])
    perPodClique.set(
      clique.clique,
      each((l) => estimateNodes([cliqueSet(clique, l)], shape)),
    );
  const perScalingGroupReplica = new Map<string, PerLevel<NodeEstimate>>();
  for (const g of c.groups)
    perScalingGroupReplica.set(
      g.scalingGroup,
      each((l) => estimateNodes(groupSets(g, l, 1n), shape)),
    );
  return {
    perPodClique,
    perScalingGroupReplica,
    perPcsReplica: each((l) => estimateNodes(replicaSets(c, l, 1n), shape)),
    total: each((l) => estimateNodes(replicaSets(c, l, c.pcsReplicas), shape)),
  };
}
