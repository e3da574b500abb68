import type { RuleMeta } from '../../../rules/types';
import { SRC, webhookRule } from './define';

/** G1-G11: podCliqueScalingGroups. */
export const groupRules: readonly RuleMeta[] = [
  webhookRule({
    code: 'group-name-invalid',
    ref: 'G1',
    title: 'A scaling group name is missing or not a DNS-1123 subdomain',
    explanation:
      'The scaling group name becomes part of its PodCliques\' names, so it is required and uses lower-case letters, digits, "-" and ".".',
    fix: 'Give the group a short lower-case name such as "prefill".',
    source: SRC.validation,
  }),
  webhookRule({
    code: 'group-clique-unknown',
    ref: 'G2',
    title: 'A scaling group lists a clique that does not exist',
    explanation:
      'cliqueNames must name cliques defined in spec.template.cliques; Grove lists all unknown names in one error per group.',
    fix: 'Correct the name or define the clique.',
    source: SRC.validation,
  }),
  webhookRule({
    code: 'group-name-too-long',
    ref: 'G3',
    title: 'PodCliqueSet + scaling group + clique names exceed 45 characters',
    explanation:
      'For a clique in a scaling group, Grove budgets len(PodCliqueSet name) + len(group name) + len(clique name) <= 45 (45 passes, 46 is refused), so that pod names with two replica indices and the random suffix stay short. It reports three errors per offending clique: at the cliqueNames entry, the group name and metadata.name (checked even for unknown clique names).',
    fix: 'Shorten the PodCliqueSet, group or clique name.',
    source: SRC.validation,
  }),
  webhookRule({
    code: 'group-replicas-invalid',
    ref: 'G4',
    title: 'A scaling group has zero or negative replicas',
    explanation: 'A scaling group needs at least one replica (the CRD default is 1).',
    fix: 'Set replicas to 1 or more, or leave it out.',
    source: SRC.validation,
  }),
  webhookRule({
    code: 'group-min-available-not-positive',
    ref: 'G5',
    title: 'A scaling group minAvailable is 0 or negative',
    explanation:
      'minAvailable is how many group replicas belong to the base gang (default 1); it must be at least 1.',
    fix: 'Set minAvailable to 1 or more, or leave it out.',
    source: SRC.validation,
  }),
  webhookRule({
    code: 'group-min-available-above-replicas',
    ref: 'G6',
    title: 'A scaling group minAvailable is larger than its replicas',
    explanation: 'The base gang cannot need more group replicas than there are.',
    fix: 'Lower minAvailable or raise replicas.',
    source: SRC.validation,
  }),
  webhookRule({
    code: 'group-scale-min-below-min-available',
    ref: 'G7',
    title: 'scaleConfig.minReplicas is below the group minAvailable',
    explanation:
      "The group's autoscaler must not scale below minAvailable. (Grove's API documentation says the opposite; the code enforces minReplicas >= minAvailable.)",
    fix: 'Raise scaleConfig.minReplicas to minAvailable or more.',
    source: SRC.validation,
  }),
  webhookRule({
    code: 'group-name-duplicate',
    ref: 'G9',
    type: 'Duplicate',
    title: 'Two scaling groups have the same name',
    explanation:
      'Scaling group names are unique in a PodCliqueSet; Grove reports one error without an index.',
    fix: 'Rename one of the groups.',
    source: SRC.validation,
  }),
  webhookRule({
    code: 'group-clique-duplicate',
    ref: 'G10',
    type: 'Duplicate',
    title: 'A clique is listed in more than one scaling group (or twice in one)',
    explanation: 'Each clique belongs to at most one scaling group, once.',
    fix: 'Keep the clique in one group only.',
    source: SRC.validation,
  }),
  webhookRule({
    code: 'group-clique-autoscaling',
    ref: 'G11',
    title: 'A clique in a scaling group has its own autoScalingConfig',
    explanation:
      "Members of a scaling group are scaled together through the group's scaleConfig; a member clique may not autoscale on its own. Grove reports the path spec.template.podCliqueScalingGroups with the clique's name as the value.",
    fix: "Remove the clique's autoScalingConfig and use the group's scaleConfig.",
    source: SRC.validation,
  }),
];
