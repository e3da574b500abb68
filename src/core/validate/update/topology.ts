import type { ClusterSettings } from '../../check/settings';
import type { Finding } from '../../diagnostics/types';
import type { PodCliqueSetModel, TopologyConstraintModel } from '../../model/types';
import { cliqueAt, finding, groupAt, templateAt } from '../webhook/finding';
import { topologyRules } from '../webhook/topology';
import { resolveTopologyName } from '../webhook/topology-names';
import { hasAnyConstraint } from '../webhook/topology-sites';

type Constraint = TopologyConstraintModel | undefined;

const s = (value: string | undefined): string => value ?? '';

/**
 * Whether a constraint changed. Moving `packDomain: X` to `pack.required: X` (same name and preferred
 * domain) is not a change (U9x 1).
 */
export function constraintChanged(old: Constraint, now: Constraint): boolean {
  if (!old || !now) return old !== now;
  if (s(old.topologyName) !== s(now.topologyName) || s(old.preferred) !== s(now.preferred)) return true;
  if (s(old.required) === s(now.required) && s(old.packDomain) === s(now.packDomain)) return false;
  const migrated = s(old.packDomain) !== '' && s(old.required) === '' && s(now.packDomain) === '';
  return !(migrated && s(now.required) === s(old.packDomain));
}

/** U9x 2: an old constraint with packDomain but no topologyName gets a name and keeps its packDomain. */
function isLegacyRepair(old: Constraint, now: Constraint): boolean {
  return (
    old !== undefined &&
    now !== undefined &&
    s(old.topologyName) === '' &&
    s(old.packDomain) !== '' &&
    s(now.topologyName) !== '' &&
    s(now.packDomain) === s(old.packDomain)
  );
}

function hasLegacyConstraint(model: PodCliqueSetModel): boolean {
  const legacy = (c: Constraint): boolean =>
    c !== undefined && s(c.topologyName) === '' && s(c.packDomain) !== '';
  return (
    legacy(model.topologyConstraint) ||
    model.cliques.some((c) => legacy(c.topologyConstraint)) ||
    model.scalingGroups.some((g) => legacy(g.topologyConstraint))
  );
}

function describe(c: Constraint): string {
  if (!c) return '(none)';
  const parts = [`topologyName '${s(c.topologyName)}'`];
  if (s(c.packDomain) !== '') parts.push(`packDomain '${s(c.packDomain)}'`);
  if (s(c.required) !== '') parts.push(`required '${s(c.required)}'`);
  if (s(c.preferred) !== '') parts.push(`preferred '${s(c.preferred)}'`);
  return parts.join(', ');
}

function changeMessage(what: string, old: Constraint, now: Constraint): string {
  if (!old) return `A topologyConstraint cannot be added to ${what} after creation.`;
  if (!now) return `The topologyConstraint of ${what} cannot be removed after creation.`;
  return `The topologyConstraint of ${what} is immutable: it cannot change from ${describe(old)} to ${describe(now)}.`;
}

/** U9a-U9c: topology constraints are immutable, at every level. */
function immutabilityRules(
  model: PodCliqueSetModel,
  previous: PodCliqueSetModel,
  allowRepair: boolean,
): Finding[] {
  const out: Finding[] = [];
  const oldPcs = previous.topologyConstraint;
  const newPcs = model.topologyConstraint;
  const repaired = allowRepair && isLegacyRepair(oldPcs, newPcs);
  const oldName = s(oldPcs?.topologyName);
  const newName = s(newPcs?.topologyName);
  if (oldName !== newName && !repaired)
    out.push(
      finding(
        'update-topology-name-changed',
        templateAt('topologyConstraint', 'topologyName'),
        `The PodCliqueSet's topologyName cannot change from '${oldName}' to '${newName}' after creation.`,
      ),
    );
  if (oldName === newName && constraintChanged(oldPcs, newPcs) && !repaired)
    out.push(
      finding(
        'update-topology-changed',
        templateAt('topologyConstraint'),
        changeMessage('the PodCliqueSet', oldPcs, newPcs),
      ),
    );
  const oldCliques = new Map(previous.cliques.map((c) => [c.name ?? '', c.topologyConstraint]));
  for (const clique of model.cliques) {
    const old = oldCliques.get(clique.name ?? '');
    const now = clique.topologyConstraint;
    if (constraintChanged(old, now) && !(allowRepair && isLegacyRepair(old, now)))
      out.push(
        finding(
          'update-child-topology-changed',
          cliqueAt(clique.index, 'topologyConstraint'),
          changeMessage(`clique '${clique.name ?? ''}'`, old, now),
        ),
      );
  }
  const oldGroups = new Map(previous.scalingGroups.map((g) => [g.name ?? '', g.topologyConstraint]));
  for (const group of model.scalingGroups) {
    const old = oldGroups.get(group.name ?? '');
    const now = group.topologyConstraint;
    if (constraintChanged(old, now) && !(allowRepair && isLegacyRepair(old, now)))
      out.push(
        finding(
          'update-child-topology-changed',
          groupAt(group.index, 'topologyConstraint'),
          changeMessage(`scaling group '${group.name ?? ''}'`, old, now),
        ),
      );
  }
  return out;
}

/**
 * U9: immutability, except for the legacy repair: an object created before topologyName existed
 * (packDomain without a name) may gain a name; the repaired object then passes the create-time rules.
 */
export function topologyUpdateRules(
  model: PodCliqueSetModel,
  previous: PodCliqueSetModel,
  cluster: ClusterSettings,
): Finding[] {
  if (hasAnyConstraint(previous) && hasLegacyConstraint(previous)) {
    const old = resolveTopologyName(previous);
    if (old.findings.some((f) => f.code === 'topology-name-required')) {
      const errors = immutabilityRules(model, previous, true);
      return errors.length > 0 ? errors : topologyRules(model, cluster);
    }
    if (old.findings.length > 0)
      return [
        finding(
          'update-topology-legacy-unresolvable',
          templateAt('topologyConstraint', 'topologyName'),
          'The live object carries an old-style topologyConstraint whose topology names contradict each other; Grove cannot tell how to repair it and fails with an internal error.',
        ),
      ];
  }
  return immutabilityRules(model, previous, false);
}
