import type { Finding } from '../diagnostics/types';
import type { PodCliqueSetModel } from '../model/types';
import { cliqueAt, groupAt, lintFinding } from './paths';

/**
 * h11: on an update, template `replicas` of a clique or a scaling group only apply to objects Grove creates
 * later; existing PodCliques and PodCliqueScalingGroups keep their own.
 */
export function lintReplicasUpdate(model: PodCliqueSetModel, previous: PodCliqueSetModel): Finding[] {
  const out: Finding[] = [];
  const oldCliques = new Map(previous.cliques.map((c) => [c.name, c]));
  for (const clique of model.cliques) {
    const before = clique.name !== undefined ? oldCliques.get(clique.name)?.replicas : undefined;
    if (before === undefined || clique.replicas === undefined || before === clique.replicas) continue;
    out.push(
      lintFinding(
        'replicas-change-not-propagated',
        cliqueAt(clique.index, 'spec', 'replicas'),
        `Existing PodCliques of clique "${clique.name}" keep ${before} replicas: the new value ${clique.replicas} only applies to PodCliques Grove creates from now on.`,
      ),
    );
  }
  const oldGroups = new Map(previous.scalingGroups.map((g) => [g.name, g]));
  for (const group of model.scalingGroups) {
    const before = group.name !== undefined ? oldGroups.get(group.name)?.replicas : undefined;
    if (before === undefined || group.replicas === undefined || before === group.replicas) continue;
    out.push(
      lintFinding(
        'replicas-change-not-propagated',
        groupAt(group.index, 'replicas'),
        `Existing PodCliqueScalingGroups "${group.name}" keep ${before} replicas: the template value ${group.replicas} only seeds groups Grove creates from now on.`,
      ),
    );
  }
  return out;
}
