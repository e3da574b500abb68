import type { Locator } from '../../diagnostics/types';
import type { PodCliqueSetModel, TopologyConstraintModel } from '../../model/types';
import { cliqueAt, groupAt, templateAt } from './finding';

export type SiteKind = 'PodCliqueSet' | 'PodClique' | 'PodCliqueScalingGroup';

/** A topologyConstraint written at one level of the PodCliqueSet. */
export interface ConstraintSite {
  readonly kind: SiteKind;
  /** The clique's or group's name ("" for the PodCliqueSet itself). */
  readonly name: string;
  /** Locator of the `topologyConstraint` object. */
  readonly base: Locator;
  readonly constraint: TopologyConstraintModel;
  /** The clique's or group's index in its list (-1 for the PodCliqueSet). */
  readonly index: number;
  /** A scaling group's `cliqueNames` (empty for other levels). */
  readonly members: readonly string[];
}

export function pcsSite(model: PodCliqueSetModel): ConstraintSite | undefined {
  const constraint = model.topologyConstraint;
  return constraint
    ? {
        kind: 'PodCliqueSet',
        name: '',
        base: templateAt('topologyConstraint'),
        constraint,
        index: -1,
        members: [],
      }
    : undefined;
}

export function cliqueSites(model: PodCliqueSetModel): ConstraintSite[] {
  return model.cliques.flatMap((c) =>
    c.topologyConstraint
      ? [
          {
            kind: 'PodClique' as const,
            name: c.name ?? '',
            base: cliqueAt(c.index, 'topologyConstraint'),
            constraint: c.topologyConstraint,
            index: c.index,
            members: [],
          },
        ]
      : [],
  );
}

export function groupSites(model: PodCliqueSetModel): ConstraintSite[] {
  return model.scalingGroups.flatMap((g) =>
    g.topologyConstraint
      ? [
          {
            kind: 'PodCliqueScalingGroup' as const,
            name: g.name ?? '',
            base: groupAt(g.index, 'topologyConstraint'),
            constraint: g.topologyConstraint,
            index: g.index,
            members: g.cliqueNames,
          },
        ]
      : [],
  );
}

export function hasAnyConstraint(model: PodCliqueSetModel): boolean {
  return (
    model.topologyConstraint !== undefined ||
    model.cliques.some((c) => c.topologyConstraint !== undefined) ||
    model.scalingGroups.some((g) => g.topologyConstraint !== undefined)
  );
}

/** The hard domain: `pack.required`, or the deprecated `packDomain` it replaces. */
export function requiredDomain(site: ConstraintSite): { domain: string; at: Locator } | undefined {
  const { required, packDomain } = site.constraint;
  if (required !== undefined && required !== '')
    return { domain: required, at: [...site.base, 'pack', 'required'] };
  if (packDomain !== undefined && packDomain !== '')
    return { domain: packDomain, at: [...site.base, 'packDomain'] };
  return undefined;
}

export function preferredDomain(site: ConstraintSite): { domain: string; at: Locator } | undefined {
  const { preferred } = site.constraint;
  return preferred !== undefined && preferred !== ''
    ? { domain: preferred, at: [...site.base, 'pack', 'preferred'] }
    : undefined;
}

/** "PodCliqueSet", "PodClique 'x'", "PodCliqueScalingGroup 'g'" for messages. */
export function describeSite(site: ConstraintSite): string {
  return site.kind === 'PodCliqueSet' ? 'the PodCliqueSet' : `${site.kind} '${site.name}'`;
}
