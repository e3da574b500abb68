import { effectiveGeneratePrefix, podFqdn, podGenerateName, podHostname } from '../names/names';
import { podSuffix } from '../names/suffix';
import { podEnv } from './env';
import { LABEL, labels } from './labels';
import type { PodCliqueContext } from './podcliques';
import type { PodRow } from './types';

/** One pod of a PodClique: names, labels, environment and startup wait (REFERENCE (c)-(e), (g)). */
export function podRow(
  pcs: string,
  namespace: string,
  context: PodCliqueContext,
  k: number,
  seed: number,
): PodRow {
  const { row, place, startup } = context;
  const hostname = podHostname(row.name, k);
  const podLabels = labels(context.podLabels, {
    [LABEL.podIndex]: String(k),
    ...(context.kai ? { [LABEL.kaiSubgroup]: row.name } : {}),
  });
  return {
    podClique: row.name,
    index: k,
    pcsReplica: row.pcsReplica,
    template: row.template,
    scalingGroup: row.scalingGroup,
    scalingGroupReplica: row.scalingGroupReplica,
    generateName: podGenerateName(row.name),
    hostname,
    subdomain: context.subdomain,
    fqdn: podFqdn(hostname, pcs, place.i, namespace),
    podGang: row.podGang,
    labels: podLabels,
    env: podEnv({
      pcs,
      i: context.i,
      podClique: row.name,
      headlessService: context.serviceAddress,
      namespace,
      labels: podLabels,
      templateEnv: context.templateEnv,
      ...(context.templateNumPods !== undefined ? { templateNumPods: context.templateNumPods } : {}),
    }),
    startsAfter: startup.waits,
    initContainerArgs: startup.args,
    name: effectiveGeneratePrefix(row.name) + podSuffix(seed, hostname),
    specTemplate: row.specTemplate,
    unmatchedParents: startup.unmatched,
  };
}
