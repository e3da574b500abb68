import type { RuleMeta } from '../../rules/types';
import { SRC, webhookRule } from '../webhook/meta/define';

/** "A clique roleName" -> "the clique's old roleName"; "cliqueStartupType" -> "the old cliqueStartupType". */
const oldOf = (field: string): string => {
  const owned = /^A (clique|scaling group) (.+)$/.exec(field);
  return owned ? `the ${owned[1]}'s old ${owned[2]}` : `the old ${field}`;
};

const immutable = (code: string, ref: string, field: string, extra = ''): RuleMeta =>
  webhookRule({
    code,
    ref,
    title: `${field} changed on a live PodCliqueSet`,
    explanation: `${field} is immutable: Grove refuses an update that changes it ("field is immutable"). Nil and empty lists count as equal.${extra}`,
    fix: `Keep ${oldOf(field)}, or delete and recreate the PodCliqueSet.`,
    source: SRC.validation,
  });

/** U1-U11: what an update (a full replace of the live object) may not change. */
export const updateRules: readonly RuleMeta[] = [
  webhookRule({
    code: 'update-clique-count-changed',
    ref: 'U1',
    type: 'Forbidden',
    title: 'Cliques were added or removed',
    explanation:
      "A live PodCliqueSet keeps its clique composition: the number of cliques cannot change. Update-only rules run only when the object itself passes Grove's other checks.",
    fix: 'Keep the same cliques, or create a new PodCliqueSet.',
    source: SRC.validation,
  }),
  webhookRule({
    code: 'update-clique-added',
    ref: 'U2',
    type: 'Forbidden',
    title: 'A clique has a name that did not exist before',
    explanation: 'Cliques are matched by name; renaming one counts as removing it and adding a new one.',
    fix: 'Keep the old clique names.',
    source: SRC.validation,
  }),
  webhookRule({
    code: 'update-clique-moved',
    ref: 'U3',
    title: 'A clique moved while the startup order depends on positions',
    explanation:
      'With CliqueStartupTypeInOrder or CliqueStartupTypeExplicit the order of spec.template.cliques cannot change (one error per moved clique).',
    fix: 'Restore the original clique order.',
    source: SRC.validation,
  }),
  immutable('update-role-name-immutable', 'U4', 'A clique roleName'),
  immutable(
    'update-min-available-immutable',
    'U4',
    'A clique minAvailable',
    ' Pitfall: when minAvailable was defaulted at creation, a full replace that changes replicas without writing minAvailable makes Grove derive a new minAvailable, which is refused; kubectl apply keeps the stored value.',
  ),
  immutable('update-starts-after-immutable', 'U4', 'A clique startsAfter'),
  immutable('update-scheduler-name-immutable', 'U4', 'A clique podSpec.schedulerName'),
  immutable('update-clique-resource-sharing-immutable', 'U4b', 'A clique resourceSharing'),
  immutable('update-startup-type-immutable', 'U5', 'cliqueStartupType'),
  webhookRule({
    code: 'update-group-count-changed',
    ref: 'U6',
    type: 'Forbidden',
    title: 'Scaling groups were added or removed',
    explanation:
      'The number of podCliqueScalingGroups cannot change on a live PodCliqueSet; Grove then skips the other scaling-group update checks.',
    fix: 'Keep the same scaling groups.',
    source: SRC.validation,
  }),
  webhookRule({
    code: 'update-group-added',
    ref: 'U7',
    type: 'Forbidden',
    title: 'A scaling group has a name that did not exist before',
    explanation: 'Scaling groups are matched by name; renaming one counts as replacing it.',
    fix: 'Keep the old scaling group names.',
    source: SRC.validation,
  }),
  immutable('update-group-clique-names-immutable', 'U8', 'A scaling group cliqueNames'),
  immutable('update-group-min-available-immutable', 'U8', 'A scaling group minAvailable'),
  immutable('update-group-resource-sharing-immutable', 'U8', 'A scaling group resourceSharing'),
  webhookRule({
    code: 'update-topology-name-changed',
    ref: 'U9a',
    type: 'Forbidden',
    title: 'The PodCliqueSet topologyName was added, removed or changed',
    explanation:
      'Topology constraints are fixed at creation because scheduled gangs cannot be re-packed. The one exception is an object created before topologyName existed: it may gain a name while keeping its packDomain.',
    fix: 'Keep the old topologyName.',
    source: SRC.topology,
  }),
  webhookRule({
    code: 'update-topology-changed',
    ref: 'U9b',
    type: 'Forbidden',
    title: 'The PodCliqueSet topologyConstraint changed',
    explanation:
      'With the same topologyName, the PodCliqueSet-level constraint still cannot change. Moving packDomain: X to pack.required: X (same name and preferred domain) is allowed.',
    fix: 'Keep the old constraint.',
    source: SRC.topology,
  }),
  webhookRule({
    code: 'update-child-topology-changed',
    ref: 'U9c',
    type: 'Forbidden',
    title: 'A clique or scaling group topologyConstraint was added, removed or changed',
    explanation:
      'Constraints of cliques and scaling groups (matched by name) are immutable too, with the same packDomain-to-pack.required and legacy-repair exceptions.',
    fix: 'Keep the old constraint.',
    source: SRC.topology,
  }),
  webhookRule({
    code: 'update-topology-legacy-unresolvable',
    ref: 'U9x',
    type: 'InternalError',
    title: 'The live object has old-style topology constraints Grove cannot resolve',
    explanation:
      "For objects created before topologyName existed Grove allows a repair; when the old object's topology names contradict each other it cannot, and fails with an internal error.",
    fix: 'Recreate the PodCliqueSet with one topologyName.',
    source: SRC.validation,
  }),
  immutable('update-claim-templates-immutable', 'U10', 'resourceClaimTemplates'),
  immutable('update-resource-sharing-immutable', 'U10', 'The PodCliqueSet resourceSharing'),
  webhookRule({
    code: 'update-mnnvl-group-immutable',
    ref: 'U11',
    title: 'grove.io/mnnvl-group was added, removed or changed',
    explanation:
      'The MNNVL group annotation (on the PodCliqueSet, a clique or a scaling group, matched by name) is fixed at creation: adding or removing it is Forbidden, changing its value Invalid. Grove checks this before the other update rules.',
    fix: 'Keep the annotation as it was at creation.',
    source: SRC.mnnvl,
  }),
];
