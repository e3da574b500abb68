import type { StringMap } from '../model/types';

/** Grove's label keys and values (REFERENCE (d), `labels.go`). */
export const LABEL = {
  managedBy: 'app.kubernetes.io/managed-by',
  partOf: 'app.kubernetes.io/part-of',
  name: 'app.kubernetes.io/name',
  component: 'app.kubernetes.io/component',
  pcsReplicaIndex: 'grove.io/podcliqueset-replica-index',
  podGang: 'grove.io/podgang',
  basePodGang: 'grove.io/base-podgang',
  podTemplateHash: 'grove.io/pod-template-hash',
  scalingGroup: 'grove.io/podcliquescalinggroup',
  scalingGroupReplicaIndex: 'grove.io/podcliquescalinggroup-replica-index',
  podClique: 'grove.io/podclique',
  podIndex: 'grove.io/podclique-pod-index',
  kaiSubgroup: 'kai.scheduler/subgroup-name',
} as const;

export const MANAGED_BY = 'grove-operator';
export const KAI_SCHEDULER = 'kai-scheduler';

export type Labels = Record<string, string>;

/**
 * Layers merged left to right (later wins). Spread defines own properties, so a label key such as
 * `__proto__` stays a plain key; read labels with `Object.hasOwn`.
 */
export function labels(a: StringMap, b: StringMap = {}, c: StringMap = {}): Labels {
  return { ...a, ...b, ...c };
}

export function defaultLabels(pcs: string): Labels {
  return labels({ [LABEL.managedBy]: MANAGED_BY, [LABEL.partOf]: pcs });
}

export interface PodCliqueLabelInput {
  readonly pcs: string;
  readonly i: string;
  readonly fqn: string;
  readonly podGang: string;
  readonly basePodGang: string;
  readonly templateLabels: StringMap;
  /** For PodCliques of a scaling group: its FQN and the replica j. */
  readonly scalingGroup?: { readonly fqn: string; readonly j: number };
}

/**
 * PodClique labels: the template's labels (lowest precedence), the default labels, then Grove's own.
 * `grove.io/pod-template-hash` is left out: Grove hashes the template in Go, which only the cluster shows.
 */
export function podCliqueLabels(input: PodCliqueLabelInput): Labels {
  const own: Labels = input.scalingGroup
    ? {
        [LABEL.name]: input.fqn,
        [LABEL.component]: 'pcsg-podclique',
        [LABEL.scalingGroup]: input.scalingGroup.fqn,
        [LABEL.podGang]: input.podGang,
        [LABEL.pcsReplicaIndex]: input.i,
        [LABEL.scalingGroupReplicaIndex]: String(input.scalingGroup.j),
        ...(input.podGang !== input.basePodGang ? { [LABEL.basePodGang]: input.basePodGang } : {}),
      }
    : {
        [LABEL.name]: input.fqn,
        [LABEL.component]: 'pcs-podclique',
        [LABEL.pcsReplicaIndex]: input.i,
        [LABEL.podGang]: input.podGang,
      };
  return labels(input.templateLabels, defaultLabels(input.pcs), own);
}

/** Pod labels without the pod index: default labels, the PodClique's labels, then the pod's own. */
export function podBaseLabels(
  pcs: string,
  i: string,
  pclq: string,
  podGang: string,
  pclqLabels: StringMap,
): Labels {
  return labels(defaultLabels(pcs), pclqLabels, {
    [LABEL.podClique]: pclq,
    [LABEL.pcsReplicaIndex]: i,
    [LABEL.podGang]: podGang,
  });
}
