import type { PodGangRow, PodRow } from '../../core/expand';
import { countJson, listed, MAX_ROWS, type ExpandedDocument, type Listed } from '../commands/run-expand';

function podJson(pod: PodRow) {
  return {
    podClique: pod.podClique,
    index: pod.index,
    name: pod.name,
    generateName: pod.generateName,
    hostname: pod.hostname,
    subdomain: pod.subdomain,
    fqdn: pod.fqdn,
    podGang: pod.podGang,
    labels: pod.labels,
    env: Object.fromEntries(pod.env.map((v) => [v.name, v.value])),
    ...(pod.initContainerArgs.length > 0 ? { initContainerArgs: pod.initContainerArgs } : {}),
  };
}

function gangJson(gang: PodGangRow, cut: { value: boolean }) {
  const groups = listed(gang.podGroups, MAX_ROWS);
  if (groups.cut) cut.value = true;
  return {
    name: gang.name,
    kind: gang.kind,
    pcsReplica: gang.pcsReplica,
    scalingGroup: gang.scalingGroup,
    scalingGroupReplica: gang.scalingGroupReplica,
    pods: gang.pods,
    podGroups: groups.rows.map((g) => ({ podClique: g.podClique, minReplicas: g.minReplicas, pods: g.pods })),
  };
}

function documentJson(doc: ExpandedDocument, maxPods: number) {
  const x = doc.expansion;
  const cut = { value: false };
  const take = <T>(list: Listed<T>): T[] => {
    if (list.cut) cut.value = true;
    return list.rows;
  };
  const podCliques = take(listed(x.podCliques, MAX_ROWS)).map((r) => ({
    name: r.name,
    template: r.template,
    pcsReplica: r.pcsReplica,
    scalingGroup: r.scalingGroup,
    scalingGroupReplica: r.scalingGroupReplica,
    replicas: r.replicas,
    minAvailable: r.minAvailable,
    podGang: r.podGang,
    startsAfter: r.startsAfter,
    ...(r.specTemplate !== r.template ? { specTemplate: r.specTemplate } : {}),
  }));
  const body = {
    index: doc.report.index,
    name: x.name,
    namespace: x.namespace,
    errors: doc.report.errors,
    podCliques,
    podCliqueScalingGroups: take(listed(x.podCliqueScalingGroups, MAX_ROWS)),
    podGangs: take(listed(x.podGangs, MAX_ROWS)).map((g) => gangJson(g, cut)),
    headlessServices: take(listed(x.headlessServices, MAX_ROWS)),
    hpas: take(listed(x.hpas, MAX_ROWS)),
    pods: take(listed(x.pods, maxPods)).map(podJson),
    perPodCliqueSet: x.perPodCliqueSet,
    totals: { ...x.totals, requests: doc.requests },
  };
  return { ...body, truncated: cut.value };
}

/** `expand --format json`: the shape of CLI.md; bigint counts become decimal strings. */
export function expandJson(documents: readonly ExpandedDocument[], maxPods: number): string {
  const out = { documents: documents.map((doc) => documentJson(doc, maxPods)) };
  return `${JSON.stringify(out, (_key, value: unknown) => (typeof value === 'bigint' ? countJson(value) : value), 2)}\n`;
}
