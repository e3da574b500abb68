import type { HpaRow, PodCliqueRow, PodGangRow, PodRow, ScalingGroupRow, ServiceRow } from '../expand/types';
import { anatomy, type NameAnatomy } from './anatomy';
import { effectiveGeneratePrefix } from './names';

/** Anatomies of the rows of an expansion (`expansion.name` and `.namespace` give the PCS and namespace). */

export interface Owner {
  readonly name: string;
  readonly namespace: string;
}

export function podAnatomy(
  owner: Owner,
  pod: PodRow,
  form: 'pod' | 'hostname' | 'fqdn' = 'pod',
): NameAnatomy {
  return anatomy(form, {
    pcs: owner.name,
    namespace: owner.namespace,
    pcsReplica: pod.pcsReplica,
    scalingGroup: pod.scalingGroup,
    scalingGroupReplica: pod.scalingGroupReplica,
    clique: pod.template,
    podIndex: pod.index,
    suffix: pod.name.slice(effectiveGeneratePrefix(pod.podClique).length),
  });
}

export function podCliqueAnatomy(owner: Owner, row: PodCliqueRow): NameAnatomy {
  return anatomy('podClique', {
    pcs: owner.name,
    pcsReplica: row.pcsReplica,
    scalingGroup: row.scalingGroup,
    scalingGroupReplica: row.scalingGroupReplica,
    clique: row.template,
  });
}

export function scalingGroupAnatomy(owner: Owner, row: ScalingGroupRow): NameAnatomy {
  return anatomy('scalingGroup', { pcs: owner.name, pcsReplica: row.pcsReplica, scalingGroup: row.template });
}

export function podGangAnatomy(owner: Owner, row: PodGangRow): NameAnatomy {
  return anatomy('podGang', {
    pcs: owner.name,
    pcsReplica: row.pcsReplica,
    scalingGroup: row.scalingGroup,
    scaledGangIndex: row.scaledIndex,
  });
}

export function serviceAnatomy(
  owner: Owner,
  row: ServiceRow,
  form: 'service' | 'serviceAddress' = 'service',
) {
  return anatomy(form, { pcs: owner.name, pcsReplica: row.pcsReplica, namespace: owner.namespace });
}

export function hpaAnatomy(owner: Owner, row: HpaRow): NameAnatomy {
  return anatomy(
    'hpa',
    row.target.kind === 'PodClique'
      ? { pcs: owner.name, pcsReplica: row.pcsReplica, clique: row.template }
      : { pcs: owner.name, pcsReplica: row.pcsReplica, scalingGroup: row.template },
  );
}
