import { readLayout, type CliqueTemplate, type GroupLayout, type Slot } from '../expand/layout';
import type { PodCliqueSetModel } from '../model/types';
import type { ResourceProblem } from './container-resources';
import { podRequests, type PodRequests } from './pod-requests';
import { addLists, EMPTY_RESOURCES, scaleList, type ResourceList } from './resource-list';

/**
 * What a PodCliqueSet asks of the cluster, summed per PodClique, per scaling-group replica, per
 * PodCliqueSet replica and in total, at three levels (README.md "Capacity"):
 * - `replicas`: everything the manifest creates;
 * - `minAvailable`: what one base PodGang needs at once (its gang-scheduling floor), per PCS replica;
 * - `max`: everything at the autoscalers' maximum.
 * Counts are bigint and exact: `spec.replicas: 1e9` multiplies, it never enumerates.
 */

export const LEVELS = ['replicas', 'minAvailable', 'max'] as const;
export type Level = (typeof LEVELS)[number];
export type PerLevel<T> = Readonly<Record<Level, T>>;

export interface CliqueCapacity {
  /** The clique as named in PodClique names. */
  readonly clique: string;
  /** The template its pods are built from (differs only in Grove's suffix quirk, REFERENCE (h)4). */
  readonly specTemplate: string;
  readonly scalingGroup: string | null;
  /** One pod's effective request. */
  readonly perPod: PodRequests;
  /** Pods of one PodClique. */
  readonly pods: PerLevel<bigint>;
  /** Requests of one PodClique: `perPod` x `pods`. */
  readonly perPodClique: PerLevel<ResourceList>;
}

export interface GroupCapacity {
  readonly scalingGroup: string;
  readonly members: readonly CliqueCapacity[];
  /** Replicas of the group in one PCS replica. */
  readonly replicas: PerLevel<bigint>;
  readonly podsPerReplica: PerLevel<bigint>;
  /** Requests of one scaling-group replica. */
  readonly perReplica: PerLevel<ResourceList>;
  /** Requests of all its replicas in one PCS replica. */
  readonly perPcsReplica: PerLevel<ResourceList>;
}

export interface ProblemInClique extends ResourceProblem {
  /** Template whose pod spec holds the problem. */
  readonly template: string;
}

export interface Capacity {
  readonly pcsReplicas: bigint;
  /** Standalone cliques. */
  readonly standalone: readonly CliqueCapacity[];
  readonly groups: readonly GroupCapacity[];
  readonly podsPerPcsReplica: PerLevel<bigint>;
  readonly perPcsReplica: PerLevel<ResourceList>;
  readonly pods: PerLevel<bigint>;
  readonly total: PerLevel<ResourceList>;
  /** Values that could not be counted, once per template. */
  readonly problems: readonly ProblemInClique[];
}

function perLevel<T>(f: (level: Level) => T): PerLevel<T> {
  return { replicas: f('replicas'), minAvailable: f('minAvailable'), max: f('max') };
}

function minBig(a: bigint, b: bigint): bigint {
  return a < b ? a : b;
}

function cliqueCapacity(
  slot: Slot,
  group: GroupLayout | null,
  requestsOf: (t: CliqueTemplate) => PodRequests,
  maxOf: (clique: string) => number | undefined,
): CliqueCapacity {
  const perPod = requestsOf(slot.spec);
  const replicas = BigInt(slot.pods);
  // The PodGang floor is the clique template's minAvailable (REFERENCE (f)), never more than exists.
  const minAvailable = minBig(BigInt(slot.clique.minAvailable), replicas);
  // Only standalone cliques may autoscale (a clique in a scaling group scales with its group).
  const autoscaled = group ? undefined : maxOf(slot.clique.name);
  const pods: PerLevel<bigint> = {
    replicas,
    minAvailable,
    max: autoscaled === undefined ? replicas : BigInt(autoscaled),
  };
  return {
    clique: slot.clique.name,
    specTemplate: slot.spec.name,
    scalingGroup: group?.name ?? null,
    perPod,
    pods,
    perPodClique: perLevel((l) => scaleList(perPod.requests, pods[l])),
  };
}

function groupCapacity(
  group: GroupLayout,
  members: readonly CliqueCapacity[],
  max: number | undefined,
): GroupCapacity {
  const replicas: PerLevel<bigint> = {
    replicas: BigInt(group.replicas),
    minAvailable: BigInt(group.baseReplicas),
    max: max === undefined ? BigInt(group.replicas) : BigInt(max),
  };
  const perReplica = perLevel((l) =>
    members.reduce((sum, m) => addLists(sum, m.perPodClique[l]), EMPTY_RESOURCES),
  );
  return {
    scalingGroup: group.name,
    members,
    replicas,
    podsPerReplica: perLevel((l) => members.reduce((n, m) => n + m.pods[l], 0n)),
    perReplica,
    perPcsReplica: perLevel((l) => scaleList(perReplica[l], replicas[l])),
  };
}

export function capacity(model: PodCliqueSetModel): Capacity {
  const layout = readLayout(model);
  const cache = new Map<string, PodRequests>();
  const problems: ProblemInClique[] = [];
  const requestsOf = (t: CliqueTemplate): PodRequests => {
    let found = cache.get(t.name);
    if (!found) {
      found = podRequests(t.model.podSpec);
      cache.set(t.name, found);
      for (const p of found.problems) problems.push({ ...p, template: t.name });
    }
    return found;
  };
  // An HPA's maxReplicas (at least 1 in a valid manifest); absent or 0 reads as "no autoscaler".
  const maxFor = (kind: 'PodClique' | 'PodCliqueScalingGroup') => (name: string) =>
    layout.hpaTargets.find((t) => t.kind === kind && t.name === name && t.maxReplicas > 0)?.maxReplicas;

  const standalone = layout.standalone.map((s) => cliqueCapacity(s, null, requestsOf, maxFor('PodClique')));
  const groups = layout.groups.map((g) =>
    groupCapacity(
      g,
      g.members.map((s) => cliqueCapacity(s, g, requestsOf, maxFor('PodClique'))),
      maxFor('PodCliqueScalingGroup')(g.name),
    ),
  );
  const perPcsReplica = perLevel((l) =>
    groups.reduce(
      (sum, g) => addLists(sum, g.perPcsReplica[l]),
      standalone.reduce((sum, c) => addLists(sum, c.perPodClique[l]), EMPTY_RESOURCES),
    ),
  );
  const podsPerPcsReplica = perLevel(
    (l) =>
      standalone.reduce((n, c) => n + c.pods[l], 0n) +
      groups.reduce((n, g) => n + g.replicas[l] * g.podsPerReplica[l], 0n),
  );
  const pcsReplicas = layout.replicas;
  return {
    pcsReplicas,
    standalone,
    groups,
    podsPerPcsReplica,
    perPcsReplica,
    pods: perLevel((l) => podsPerPcsReplica[l] * pcsReplicas),
    total: perLevel((l) => scaleList(perPcsReplica[l], pcsReplicas)),
    problems,
  };
}
