import type { PodCliqueSetModel } from '../model/types';
import {
  headlessServiceAddress,
  headlessServiceName,
  initContainerSecretName,
  roleName,
  scalingGroupName,
  serviceAccountName,
  standalonePodCliqueName,
} from '../names/names';
import { toCount } from './count';
import { podGangs } from './gangs';
import { readLayout, type Layout } from './layout';
import { lazyList } from './lazy-list';
import { locatePod, locatePodClique } from './locate';
import { podCliqueContexts } from './podcliques';
import { podRow } from './pods';
import type { ExpandOptions, Expansion, HpaRow, LazyList, ScalingGroupRow, ServiceRow } from './types';

/** Scheduler a clique without `schedulerName` uses under Grove's Helm defaults. */
export const DEFAULT_SCHEDULER = 'default-scheduler';

function scalingGroups(layout: Layout): LazyList<ScalingGroupRow> {
  const width = BigInt(layout.groups.length);
  return lazyList(layout.replicas * width, (index) => {
    const i = index / width;
    const g = layout.groups[Number(index % width)]!;
    return {
      name: scalingGroupName(layout.pcs, i, g.name),
      template: g.name,
      pcsReplica: toCount(i),
      replicas: g.replicas,
      minAvailable: g.minAvailable,
      cliqueNames: g.model.cliqueNames,
    };
  });
}

function services(layout: Layout, publishNotReadyAddresses: boolean): LazyList<ServiceRow> {
  return lazyList(layout.replicas, (i) => ({
    name: headlessServiceName(layout.pcs, i),
    pcsReplica: toCount(i),
    fqdn: headlessServiceAddress(layout.pcs, i, layout.namespace),
    publishNotReadyAddresses,
  }));
}

function hpas(layout: Layout): LazyList<HpaRow> {
  const width = BigInt(layout.hpaTargets.length);
  return lazyList(layout.replicas * width, (index) => {
    const i = index / width;
    const t = layout.hpaTargets[Number(index % width)]!;
    // Both kinds are named like their target; a clique HPA uses the standalone form even for a group member.
    const name =
      t.kind === 'PodClique'
        ? standalonePodCliqueName(layout.pcs, i, t.name)
        : scalingGroupName(layout.pcs, i, t.name);
    return {
      name,
      pcsReplica: toCount(i),
      target: { kind: t.kind, name },
      template: t.name,
      minReplicas: t.minReplicas,
      maxReplicas: t.maxReplicas,
    };
  });
}

/**
 * Everything Grove creates from one (defaulted) PodCliqueSet, as lazy lists (REFERENCE (c)-(g)).
 * Reading the layout costs one pass over the template; every row is computed when asked for.
 * A model with errors expands as far as it can: unnamed cliques and groups are skipped, absent or
 * unstorable counts read as 0.
 */
export function expandPodCliqueSet(model: PodCliqueSetModel, options: ExpandOptions = {}): Expansion {
  const layout = readLayout(model);
  const { pcs, namespace, replicas } = layout;
  const seed = options.suffixSeed ?? 0;
  const contexts = podCliqueContexts(model, layout, options.defaultScheduler ?? DEFAULT_SCHEDULER);
  const podCliques = lazyList(replicas * layout.podCliquesPerReplica, (index) => {
    return contexts(locatePodClique(layout, index)).row;
  });
  const pods = lazyList(replicas * layout.podsPerReplica, (index) => {
    const place = locatePod(layout, index);
    return podRow(pcs, namespace, contexts(place), place.k, seed);
  });
  const groups = scalingGroups(layout);
  const gangs = podGangs(layout, model.priorityClassName);
  const headless = services(layout, model.publishNotReadyAddresses ?? true);
  const autoscalers = hpas(layout);
  return {
    name: pcs,
    namespace,
    totals: {
      pcsReplicas: toCount(replicas),
      podCliques: podCliques.count,
      podCliqueScalingGroups: groups.count,
      podGangs: gangs.count,
      headlessServices: headless.count,
      hpas: autoscalers.count,
      pods: pods.count,
    },
    podCliques,
    podCliqueScalingGroups: groups,
    podGangs: gangs,
    headlessServices: headless,
    hpas: autoscalers,
    pods,
    perPodCliqueSet: {
      serviceAccount: serviceAccountName(pcs),
      role: roleName(pcs),
      roleBinding: roleName(pcs),
      initContainerSecret: initContainerSecretName(pcs),
    },
  };
}
