import type { Diagnostic } from '../diagnostics/types';
import { list, obj, str } from '../model/read';
import type { PodCliqueSetModel } from '../model/types';
import { STARTUP_ANY } from '../model/types';
import type { CliqueSummary, DesignSummary, ScalingGroupSummary } from './types';

function requestsOf(podSpec: Readonly<Record<string, unknown>>): {
  image: string;
  requests: Record<string, string>;
} {
  const first = list(podSpec, 'containers')?.[0];
  const requests: Record<string, string> = {};
  const written = obj(obj(first, 'resources'), 'requests');
  if (written)
    for (const [key, value] of Object.entries(written))
      if (typeof value === 'string' || typeof value === 'number') requests[key] = String(value);
  return { image: str(first, 'image') ?? '', requests };
}

/**
 * The design as the graph and the inspector show it: names, counts and membership, with the number of
 * errors and warnings that concern each clique and scaling group.
 */
export function designOf(model: PodCliqueSetModel, located: LocatedCounts): DesignSummary {
  const groupOf = new Map<string, string>();
  for (const group of model.scalingGroups)
    for (const name of group.cliqueNames) if (group.name && !groupOf.has(name)) groupOf.set(name, group.name);
  const cliques: CliqueSummary[] = model.cliques.map((clique) => {
    const { image, requests } = requestsOf(clique.podSpec);
    const auto = clique.autoScalingConfig;
    const counts = located.clique[clique.index] ?? { errors: 0, warnings: 0 };
    return {
      index: clique.index,
      name: clique.name ?? '',
      roleName: clique.roleName ?? '',
      replicas: clique.replicas ?? 0,
      minAvailable: clique.minAvailable ?? 0,
      startsAfter: clique.startsAfter ?? [],
      autoscaler: auto ? { min: auto.minReplicas ?? 0, max: auto.maxReplicas ?? 0 } : null,
      scalingGroup: groupOf.get(clique.name ?? '') ?? null,
      image,
      requests,
      ...counts,
    };
  });
  const scalingGroups: ScalingGroupSummary[] = model.scalingGroups.map((group) => {
    const scale = group.scaleConfig;
    const counts = located.scalingGroup[group.index] ?? { errors: 0, warnings: 0 };
    return {
      index: group.index,
      name: group.name ?? '',
      cliqueNames: group.cliqueNames,
      replicas: group.replicas ?? 0,
      minAvailable: group.minAvailable ?? 0,
      autoscaler: scale ? { min: scale.minReplicas ?? 0, max: scale.maxReplicas ?? 0 } : null,
      ...counts,
    };
  });
  return {
    name: model.name ?? '',
    namespace: model.namespace ?? 'default',
    replicas: model.replicas ?? 0,
    startupType: model.cliqueStartupType ?? STARTUP_ANY,
    cliques,
    scalingGroups,
  };
}

export interface LocatedCounts {
  readonly clique: Record<number, { errors: number; warnings: number }>;
  readonly scalingGroup: Record<number, { errors: number; warnings: number }>;
}

/**
 * Which clique or scaling group each diagnostic concerns, by where it points in the text (Grove's paths
 * often have no index, so the text position is the reliable key).
 */
export function countByItem(
  diagnostics: readonly Diagnostic[],
  items: readonly { kind: string; index: number; range: { start: number; end: number } }[],
): LocatedCounts {
  const clique: LocatedCounts['clique'] = {};
  const scalingGroup: LocatedCounts['scalingGroup'] = {};
  for (const d of diagnostics) {
    if (d.severity === 'info') continue;
    const item = items.find(
      (i) =>
        (i.kind === 'clique' || i.kind === 'scalingGroup') &&
        d.range.start >= i.range.start &&
        d.range.start <= i.range.end,
    );
    if (!item) continue;
    const table = item.kind === 'clique' ? clique : scalingGroup;
    const entry = (table[item.index] ??= { errors: 0, warnings: 0 });
    if (d.severity === 'error') entry.errors++;
    else entry.warnings++;
  }
  return { clique, scalingGroup };
}
