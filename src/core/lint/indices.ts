import type { CliqueModel, PodCliqueSetModel, ScalingGroupModel } from '../model/types';

/**
 * The largest index a list of `count` items can reach: `count - 1`, or 0 for an empty or absent count.
 * Exact for any integer the model admits (1e30 included), since names print indices digit by digit.
 */
export function lastIndex(...counts: (number | undefined)[]): bigint {
  let largest = 1;
  for (const count of counts) if (count !== undefined && count > largest) largest = count;
  return BigInt(largest) - 1n;
}

/** The largest PodCliqueSet replica index `i` (0 while `spec.replicas` is 0 or absent). */
export function lastPcsReplica(model: PodCliqueSetModel): bigint {
  return lastIndex(model.replicas);
}

/** The largest scaling-group replica index `j`: its `replicas` or its autoscaler's `maxReplicas`. */
export function lastGroupReplica(group: ScalingGroupModel): bigint {
  return lastIndex(group.replicas, group.scaleConfig?.maxReplicas);
}

/** The largest pod index `k` of a PodClique: its `replicas` or its autoscaler's `maxReplicas`. */
export function lastPodIndex(clique: CliqueModel): bigint {
  return lastIndex(clique.replicas, clique.autoScalingConfig?.maxReplicas);
}

/** Each clique name mapped to the first scaling group that lists it (Grove builds it from that group). */
export function groupsByClique(model: PodCliqueSetModel): Map<string, ScalingGroupModel> {
  const out = new Map<string, ScalingGroupModel>();
  for (const group of model.scalingGroups)
    for (const name of group.cliqueNames) if (!out.has(name)) out.set(name, group);
  return out;
}
