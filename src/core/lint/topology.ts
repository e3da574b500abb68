import type { Finding, PathSegment } from '../diagnostics/types';
import type { PodCliqueSetModel, TopologyConstraintModel } from '../model/types';
import { cliqueAt, groupAt, lintFinding } from './paths';

function packDomainAt(
  constraint: TopologyConstraintModel | undefined,
  at: PathSegment[],
  out: Finding[],
): void {
  if (constraint?.packDomain === undefined) return;
  out.push(
    lintFinding(
      'pack-domain-deprecated',
      [...at, 'topologyConstraint', 'packDomain'],
      `packDomain is deprecated: Grove accepts moving "${constraint.packDomain}" to pack.required on this live object, and refuses packDomain on new ones.`,
    ),
  );
}

/**
 * h13: `packDomain` on a live object (on create the CRD already refuses it, so this runs on update only).
 */
export function lintPackDomain(model: PodCliqueSetModel, update: boolean): Finding[] {
  if (!update) return [];
  const out: Finding[] = [];
  packDomainAt(model.topologyConstraint, ['spec', 'template'], out);
  for (const group of model.scalingGroups) packDomainAt(group.topologyConstraint, groupAt(group.index), out);
  for (const clique of model.cliques) packDomainAt(clique.topologyConstraint, cliqueAt(clique.index), out);
  return out;
}
