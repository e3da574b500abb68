import type { Finding } from '../../diagnostics/types';
import type { ScalingGroupModel } from '../../model/types';
import { isDns1123Subdomain } from '../../names/names';
import { overBudget } from './budget';
import { groupSharingRules } from './claims';
import { cliqueAt, finding, groupAt } from './finding';
import { duplicates, quoteList, secondIndexOf } from './k8s/text';
import type { Scope } from './scope';

/** G1-G3: the group's name and its clique names (known cliques, name budget). */
function groupNameRules(scope: Scope, group: ScalingGroupModel): Finding[] {
  const out: Finding[] = [];
  const name = group.name ?? '';
  if (!isDns1123Subdomain(name))
    out.push(
      finding(
        'group-name-invalid',
        groupAt(group.index, 'name'),
        name === ''
          ? `podCliqueScalingGroups[${group.index}] has no name; it must be a DNS-1123 subdomain.`
          : `scaling group name '${name}' is not a DNS-1123 subdomain: use lower-case letters, digits, '-' and '.', starting and ending with a letter or digit.`,
      ),
    );
  const known = new Set(scope.cliqueNames);
  const unknown = [...new Set(group.cliqueNames)].filter((c) => !known.has(c));
  if (unknown.length > 0)
    out.push(
      finding(
        'group-clique-unknown',
        groupAt(group.index, 'cliqueNames', group.cliqueNames.indexOf(unknown[0]!)),
        `scaling group '${name}' lists ${quoteList(unknown)}, which ${unknown.length === 1 ? 'is not a clique' : 'are not cliques'} of this PodCliqueSet.`,
        { path: `spec.template.podCliqueScalingGroups[${group.index}].cliqueNames` },
      ),
    );
  group.cliqueNames.forEach((clique, m) => {
    const problem = overBudget(scope, clique, name);
    if (problem === undefined) return;
    out.push(
      finding('group-name-too-long', groupAt(group.index, 'cliqueNames', m), problem, {
        path: `spec.template.podCliqueScalingGroups[${group.index}].cliqueNames[${m}].name`,
      }),
    );
    out.push(finding('group-name-too-long', groupAt(group.index, 'name'), problem));
    out.push(finding('group-name-too-long', ['metadata', 'name'], problem));
  });
  return out;
}

/** G4-G7: the group's replicas, minAvailable and scaleConfig.minReplicas. */
function groupCountRules(group: ScalingGroupModel): Finding[] {
  const out: Finding[] = [];
  const name = group.name ?? '';
  const { replicas, minAvailable } = group;
  if (replicas !== undefined && replicas <= 0)
    out.push(
      finding(
        'group-replicas-invalid',
        groupAt(group.index, 'replicas'),
        `scaling group '${name}' has replicas ${replicas}; it must be greater than 0.`,
      ),
    );
  if (minAvailable !== undefined && minAvailable <= 0)
    out.push(
      finding(
        'group-min-available-not-positive',
        groupAt(group.index, 'minAvailable'),
        `scaling group '${name}' has minAvailable ${minAvailable}; it must be greater than 0.`,
      ),
    );
  if (replicas !== undefined && minAvailable !== undefined && minAvailable > replicas)
    out.push(
      finding(
        'group-min-available-above-replicas',
        groupAt(group.index, 'minAvailable'),
        `scaling group '${name}' has minAvailable ${minAvailable} but only ${replicas} replicas.`,
      ),
    );
  const minReplicas = group.scaleConfig?.minReplicas;
  if (minReplicas !== undefined && minAvailable !== undefined && minReplicas < minAvailable)
    out.push(
      finding(
        'group-scale-min-below-min-available',
        groupAt(group.index, 'scaleConfig', 'minReplicas'),
        `scaling group '${name}': scaleConfig.minReplicas ${minReplicas} is below minAvailable ${minAvailable}; scaling down that far would break the gang.`,
      ),
    );
  return out;
}

/** G9-G11: across groups: unique names, each clique in at most one group, no autoscaling on members. */
function crossGroupRules(scope: Scope): Finding[] {
  const out: Finding[] = [];
  const groups = scope.model.scalingGroups;
  const names = groups.map((g) => g.name ?? '');
  const repeated = duplicates(names);
  if (repeated.length > 0)
    out.push(
      finding(
        'group-name-duplicate',
        groupAt(secondIndexOf(names, repeated[0]!), 'name'),
        `scaling group name ${quoteList(repeated)} is used more than once; group names must be unique.`,
        { path: 'spec.template.podCliqueScalingGroups.name' },
      ),
    );
  const listed = groups.flatMap((g) => g.cliqueNames.map((clique, m) => ({ clique, g: g.index, m })));
  const repeatedCliques = duplicates(listed.map((l) => l.clique));
  if (repeatedCliques.length > 0) {
    const second = listed.filter((l) => l.clique === repeatedCliques[0])[1]!;
    out.push(
      finding(
        'group-clique-duplicate',
        groupAt(second.g, 'cliqueNames', second.m),
        `clique ${quoteList(repeatedCliques)} is listed more than once across the scaling groups; a clique belongs to at most one group, once.`,
        { path: 'spec.template.podCliqueScalingGroups.cliqueNames' },
      ),
    );
  }
  for (const clique of scope.model.cliques) {
    const name = clique.name ?? '';
    if (!clique.autoScalingConfig || !scope.groupedCliques.has(name)) continue;
    out.push(
      finding(
        'group-clique-autoscaling',
        cliqueAt(clique.index, 'spec', 'autoScalingConfig'),
        `clique '${name}' belongs to a scaling group, so it cannot have its own autoScalingConfig; scale the group with its scaleConfig instead.`,
        { path: 'spec.template.podCliqueScalingGroups' },
      ),
    );
  }
  return out;
}

/** G1-G11 in Grove's order: per group, then across groups. */
export function scalingGroupRules(scope: Scope): Finding[] {
  const out: Finding[] = [];
  for (const group of scope.model.scalingGroups) {
    out.push(...groupNameRules(scope, group));
    out.push(...groupCountRules(group));
    out.push(...groupSharingRules(scope, group));
  }
  out.push(...crossGroupRules(scope));
  return out;
}
