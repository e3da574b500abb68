import type { Finding } from '../diagnostics/types';
import type { PodCliqueSetModel } from '../model/types';
import {
  MAX_LABEL_LENGTH,
  digits,
  groupPodCliqueName,
  podHostname,
  standalonePodCliqueName,
} from '../names/names';
import { groupsByClique, lastGroupReplica, lastPcsReplica, lastPodIndex } from './indices';
import { cliqueAt, lintFinding } from './paths';

/** The most replicas an int32 `spec.replicas` can ask for. */
const MAX_REPLICAS = 2147483647n;

interface Longest {
  readonly clique: string;
  readonly hostname: string;
}

function shorten(by: number): string {
  return `Shorten the PodCliqueSet, scaling-group or clique name by ${by} character${by === 1 ? '' : 's'}, or lower the replica maximum.`;
}

/**
 * h1: PodClique names (label values) and pod hostnames at the largest indices the manifest allows,
 * and how many PodCliqueSet replicas the longest hostname leaves room for.
 */
export function lintNameLengths(model: PodCliqueSetModel): Finding[] {
  const pcs = model.name;
  if (!pcs) return [];
  const i = lastPcsReplica(model);
  const groups = groupsByClique(model);
  const out: Finding[] = [];
  let longest: Longest | undefined;
  for (const clique of model.cliques) {
    if (!clique.name) continue;
    const group = groups.get(clique.name);
    if (group && !group.name) continue;
    const k = lastPodIndex(clique);
    const j = group ? lastGroupReplica(group) : undefined;
    const podClique =
      group?.name !== undefined && j !== undefined
        ? groupPodCliqueName(pcs, i, group.name, j, clique.name)
        : standalonePodCliqueName(pcs, i, clique.name);
    const hostname = podHostname(podClique, k);
    const where = `PodCliqueSet replica ${i}${group?.name !== undefined ? `, ${group.name} replica ${j}` : ''}, pod ${k}`;
    const at = cliqueAt(clique.index, 'name');
    if (podClique.length > MAX_LABEL_LENGTH)
      out.push(
        lintFinding(
          'label-value-too-long',
          at,
          `At the largest indices this manifest allows (${where}) the PodClique name "${podClique}" has ${podClique.length} characters; Grove writes it into label values, which allow 63, so the API server refuses that PodClique.`,
          { fix: shorten(podClique.length - MAX_LABEL_LENGTH) },
        ),
      );
    else if (hostname.length > MAX_LABEL_LENGTH)
      out.push(
        lintFinding(
          'hostname-too-long',
          at,
          `At the largest indices this manifest allows (${where}) the pod hostname "${hostname}" has ${hostname.length} characters; a hostname allows 63, so the API server refuses that pod.`,
          { fix: shorten(hostname.length - MAX_LABEL_LENGTH) },
        ),
      );
    else if (!longest || hostname.length > longest.hostname.length)
      longest = { clique: clique.name, hostname };
  }
  if (out.length === 0 && longest) {
    const spare = MAX_LABEL_LENGTH - longest.hostname.length;
    const fits = 10n ** BigInt(digits(i) + spare);
    if (fits <= MAX_REPLICAS)
      out.push(
        lintFinding(
          'name-headroom',
          ['spec', 'replicas'],
          `Names fit up to ${fits} PodCliqueSet replicas: the longest hostname, "${longest.hostname}" (clique ${longest.clique}), has ${spare} character${spare === 1 ? '' : 's'} to spare, and a replica index of ${digits(fits)} digits passes 63.`,
        ),
      );
  }
  return out;
}
