import { str } from '../model/read';
import type { PodCliqueSetModel } from '../model/types';
import {
  basePodGangName,
  groupPodCliqueName,
  headlessServiceAddress,
  headlessServiceName,
  scaledPodGangName,
  scalingGroupName,
  standalonePodCliqueName,
} from '../names/names';
import { toCount } from './count';
import { firstContainerEnv } from './env';
import { KAI_SCHEDULER, LABEL, podBaseLabels, podCliqueLabels, type Labels } from './labels';
import type { Layout } from './layout';
import type { PodCliquePlace } from './locate';
import { startupOf, type Startup } from './startup';
import type { PodCliqueRow } from './types';

/** What every pod of one PodClique shares, computed once per PodClique. */
export interface PodCliqueContext {
  readonly place: PodCliquePlace;
  readonly row: PodCliqueRow;
  readonly i: string;
  readonly startup: Startup;
  /** Pod labels without the pod index. */
  readonly podLabels: Labels;
  readonly kai: boolean;
  readonly subdomain: string;
  readonly serviceAddress: string;
  readonly templateEnv: readonly unknown[];
  readonly templateNumPods?: number;
}

export const CLUSTER_ONLY_LABELS: readonly string[] = [LABEL.podTemplateHash];

/** The PodGang a PodClique belongs to (REFERENCE (f)). */
export function podGangOf(pcs: string, place: PodCliquePlace): string {
  const { group, i, j } = place;
  if (!group || j < group.minAvailable) return basePodGangName(pcs, i);
  return scaledPodGangName(pcs, i, group.name, j - group.minAvailable);
}

export function podCliqueName(pcs: string, place: PodCliquePlace): string {
  const { group, i, j, slot } = place;
  return group
    ? groupPodCliqueName(pcs, i, group.name, j, slot.clique.name)
    : standalonePodCliqueName(pcs, i, slot.clique.name);
}

function build(model: PodCliqueSetModel, layout: Layout, place: PodCliquePlace, scheduler: string) {
  const { pcs, namespace } = layout;
  const { group, j, slot } = place;
  const i = String(place.i);
  const name = podCliqueName(pcs, place);
  const podGang = podGangOf(pcs, place);
  const spec = slot.spec;
  const labels = podCliqueLabels({
    pcs,
    i,
    fqn: name,
    podGang,
    basePodGang: basePodGangName(pcs, place.i),
    templateLabels: spec.model.labels,
    ...(group ? { scalingGroup: { fqn: scalingGroupName(pcs, place.i, group.name), j } } : {}),
  });
  const startup = startupOf(model, layout, place);
  const row: PodCliqueRow = {
    name,
    template: slot.clique.name,
    pcsReplica: toCount(place.i),
    scalingGroup: group ? group.name : null,
    scalingGroupReplica: group ? j : null,
    replicas: slot.pods,
    minAvailable: spec.minAvailable,
    podGang,
    startsAfter: startup.startsAfter,
    labels,
    specTemplate: spec.name,
    startsAfterCount: startup.count,
    clusterOnlyLabels: CLUSTER_ONLY_LABELS,
  };
  const context: PodCliqueContext = {
    place,
    row,
    i,
    startup,
    podLabels: podBaseLabels(pcs, i, name, podGang, labels),
    kai: (str(spec.model.podSpec, 'schedulerName') || scheduler) === KAI_SCHEDULER,
    subdomain: headlessServiceName(pcs, place.i),
    serviceAddress: headlessServiceAddress(pcs, place.i, namespace),
    templateEnv: firstContainerEnv(spec.model.podSpec),
    ...(group ? { templateNumPods: group.templateNumPods } : {}),
  };
  return context;
}

/**
 * PodClique contexts by place, remembering the last one: consecutive pods of a slice share it, so a
 * window of pods builds each PodClique once.
 */
export function podCliqueContexts(model: PodCliqueSetModel, layout: Layout, scheduler: string) {
  let lastKey = '';
  let last: PodCliqueContext | undefined;
  return (place: PodCliquePlace): PodCliqueContext => {
    const key = `${place.i}/${place.group?.position ?? -1}/${place.j}/${place.slot.position}`;
    if (key !== lastKey || !last) {
      last = build(model, layout, place, scheduler);
      lastKey = key;
    }
    return last;
  };
}
