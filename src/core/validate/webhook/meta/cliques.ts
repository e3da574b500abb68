import type { RuleMeta } from '../../../rules/types';
import { SRC, webhookRule } from './define';

/** C1-C16: the clique templates. */
export const cliqueRules: readonly RuleMeta[] = [
  webhookRule({
    code: 'cliques-required',
    ref: 'C1',
    type: 'Required',
    title: 'The PodCliqueSet has no clique',
    explanation:
      'A PodCliqueSet needs at least one clique (a role with its pod template). With an empty list Grove appends a Required error and then crashes while checking scheduler names, so kubectl gets an HTTP 500 "panic ... [recovered]" instead of a list of field errors.',
    fix: 'Add at least one entry to spec.template.cliques.',
    source: SRC.validation,
  }),
  webhookRule({
    code: 'clique-name-required',
    ref: 'C2',
    type: 'Required',
    title: 'A clique has no name',
    explanation:
      'The clique name is part of every generated PodClique, pod and hostname, so it is required; a name of only spaces counts as empty and Grove skips its other name checks.',
    fix: 'Give the clique a short lower-case name such as "pworker".',
    source: SRC.validation,
  }),
  webhookRule({
    code: 'clique-name-invalid',
    ref: 'C3',
    title: 'A clique name is not a DNS-1123 subdomain',
    explanation:
      'Clique names become parts of Kubernetes object names, so they must use lower-case letters, digits, "-" and "." (at most 253 characters). Note that a "." passes here but breaks pod hostnames later.',
    fix: 'Use lower-case letters, digits and "-" only.',
    source: SRC.validation,
  }),
  webhookRule({
    code: 'clique-name-too-long',
    ref: 'C4',
    title: 'PodCliqueSet name + standalone clique name exceed 45 characters',
    explanation:
      'Grove keeps generated pod names short by budgeting only the names you choose: for a clique outside any scaling group, len(PodCliqueSet name) + len(clique name) must be at most 45 (45 passes, 46 is refused). The rest of the 63-character limit is left for hyphens, replica indices and the 5 random characters. Grove reports the error both at the clique name and at metadata.name.',
    fix: 'Shorten the PodCliqueSet name or the clique name until they add up to 45 characters or fewer.',
    source: SRC.validation,
  }),
  webhookRule({
    code: 'clique-labels-invalid',
    ref: 'C5a',
    title: 'A clique label key or value is not valid',
    explanation:
      'Clique labels are copied onto the PodClique and every pod, so they follow Kubernetes label syntax: qualified-name keys, values of at most 63 letters, digits, "-", "_" or ".". One error is reported per problem.',
    fix: 'Fix the key or value; put free text in an annotation instead.',
    source: SRC.validation,
  }),
  webhookRule({
    code: 'clique-annotations-invalid',
    ref: 'C5b',
    title: 'A clique annotation key is not valid, or the annotations are too large',
    explanation:
      'Clique annotations are copied onto pods. Keys must be qualified names (checked in lower case) and all keys and values together may not exceed 256 KiB (reported as TooLong).',
    fix: 'Rename the key or move large data elsewhere.',
    source: SRC.validation,
  }),
  webhookRule({
    code: 'clique-replicas-invalid',
    ref: 'C7',
    title: 'A clique has zero or negative replicas',
    explanation:
      'replicas is the number of pods in each PodClique. Grove turns 0 into 1 while defaulting, so only negative numbers reach this check.',
    fix: 'Set replicas to 1 or more.',
    source: SRC.validation,
  }),
  webhookRule({
    code: 'clique-min-available-required',
    ref: 'C8a',
    type: 'Required',
    title: 'A clique has no minAvailable',
    explanation:
      'minAvailable is the gang-scheduling floor of a clique. Grove always fills it in while defaulting, so this is only reachable when the value cannot be read.',
    fix: 'Set minAvailable to a number between 1 and replicas.',
    source: SRC.validation,
  }),
  webhookRule({
    code: 'clique-min-available-not-positive',
    ref: 'C8b',
    title: 'A clique minAvailable is 0 or negative',
    explanation:
      'minAvailable must be at least 1. The classic trap: when replicas is left out (or 0) and minAvailable is not given, Grove copies the original 0 into minAvailable and only then sets replicas to 1, so the manifest is refused.',
    fix: 'Write replicas explicitly (minAvailable then copies it), or set minAvailable to 1 or more.',
    source: `${SRC.validation}, ${SRC.defaulting}`,
  }),
  webhookRule({
    code: 'clique-min-available-above-replicas',
    ref: 'C8c',
    title: 'A clique minAvailable is larger than its replicas',
    explanation: 'A gang that needs more pods than the clique has could never be scheduled.',
    fix: 'Lower minAvailable or raise replicas.',
    source: SRC.validation,
  }),
  webhookRule({
    code: 'starts-after-empty',
    ref: 'C9a',
    type: 'Required',
    title: 'A startsAfter entry is empty',
    explanation:
      'With CliqueStartupTypeExplicit each startsAfter entry names a clique to wait for; an empty or blank entry names nothing. One error is reported per such entry.',
    fix: 'Remove the empty entry or write a clique name.',
    source: SRC.validation,
  }),
  webhookRule({
    code: 'starts-after-self',
    ref: 'C9b',
    title: 'A clique starts after itself',
    explanation: 'With CliqueStartupTypeExplicit a clique waiting for itself could never start.',
    fix: "Remove the clique's own name from its startsAfter.",
    source: SRC.validation,
  }),
  webhookRule({
    code: 'starts-after-duplicate',
    ref: 'C9c',
    type: 'Duplicate',
    title: 'A startsAfter list repeats a clique',
    explanation: 'With CliqueStartupTypeExplicit each dependency may be listed once.',
    fix: 'Remove the repeated entry.',
    source: SRC.validation,
  }),
  webhookRule({
    code: 'autoscaling-min-below-min-available',
    ref: 'C10a',
    title: 'autoScalingConfig.minReplicas is below minAvailable',
    explanation:
      'The autoscaler may scale the PodClique down to minReplicas; below minAvailable the gang would be broken and Grove would terminate it, so minReplicas must be at least minAvailable.',
    fix: 'Raise autoScalingConfig.minReplicas to minAvailable or more.',
    source: SRC.validation,
  }),
  webhookRule({
    code: 'autoscaling-max-below-min',
    ref: 'C10b',
    title: 'autoScalingConfig.maxReplicas is below minReplicas',
    explanation:
      'An autoscaler range whose maximum is below its minimum is empty. This can fire together with the replicas check below: the same path twice.',
    fix: 'Raise maxReplicas to at least minReplicas.',
    source: SRC.validation,
  }),
  webhookRule({
    code: 'autoscaling-max-below-replicas',
    ref: 'C10c',
    title: 'autoScalingConfig.maxReplicas is below replicas',
    explanation: 'The template starts with replicas pods; a maximum below that could never be honoured.',
    fix: 'Raise maxReplicas to at least replicas.',
    source: SRC.validation,
  }),
  webhookRule({
    code: 'topology-spread-constraints-forbidden',
    ref: 'C11a',
    title: 'The pod template sets topologySpreadConstraints',
    explanation:
      'On create, Grove refuses podSpec.topologySpreadConstraints (even an empty list) because placement is handled by its gang scheduler and topologyConstraint. Note the path Grove reports repeats "spec": ...podSpec.spec.topologySpreadConstraints.',
    fix: 'Remove topologySpreadConstraints; use topologyConstraint for packing.',
    source: SRC.validation,
  }),
  webhookRule({
    code: 'node-name-forbidden',
    ref: 'C11b',
    title: 'The pod template pins pods to a node',
    explanation:
      'On create, Grove refuses a non-blank podSpec.nodeName: pinning pods to a node bypasses the scheduler that places the whole gang.',
    fix: 'Remove nodeName; use node affinity or topologyConstraint instead.',
    source: SRC.validation,
  }),
  webhookRule({
    code: 'env-name-invalid',
    ref: 'C12a',
    title: 'An environment variable name is not valid',
    explanation:
      'Environment variable names in containers and init containers must consist of letters, digits, "_", "-" and ".", must not start with a digit, and must not be "." or start with "..".',
    fix: 'Rename the variable, e.g. MY_SETTING.',
    source: SRC.validation,
  }),
  webhookRule({
    code: 'env-name-duplicate',
    ref: 'C12b',
    type: 'Duplicate',
    title: 'A container defines the same environment variable twice',
    explanation:
      "Grove refuses repeated env names in one container. Through the API server the CRD's list-map check usually refuses this first, at ...podSpec.containers[c].env[i].",
    fix: 'Remove one of the two definitions.',
    source: SRC.validation,
  }),
  webhookRule({
    code: 'clique-name-duplicate',
    ref: 'C13',
    type: 'Duplicate',
    title: 'Two cliques have the same name',
    explanation:
      'Clique names identify roles and appear in every generated name, so they are unique in a PodCliqueSet. Grove reports one error at spec.template.cliques.name, without an index (the CRD list-map check usually refuses it first, at the later clique).',
    fix: 'Rename one of the cliques.',
    source: SRC.validation,
  }),
  webhookRule({
    code: 'clique-role-name-duplicate',
    ref: 'C14',
    type: 'Duplicate',
    title: 'Two cliques have the same roleName',
    explanation:
      'roleName must be unique across cliques. A clique that leaves roleName out gets "" from the defaulting webhook, so two cliques without roleName collide.',
    fix: 'Give each clique its own roleName (or leave it out on one clique at most).',
    source: SRC.validation,
  }),
  webhookRule({
    code: 'scheduler-name-mixed',
    ref: 'C15a',
    title: 'Cliques use different schedulers',
    explanation:
      "All pods of a PodCliqueSet are scheduled as gangs by one scheduler. An empty podSpec.schedulerName means the operator's default profile; after that substitution every clique must name the same scheduler.",
    fix: 'Use the same schedulerName in every clique (or leave it empty everywhere).',
    source: SRC.validation,
  }),
  webhookRule({
    code: 'scheduler-not-enabled',
    ref: 'C15b',
    title: 'The scheduler is not enabled in the Grove operator',
    explanation:
      "The first clique's scheduler (or the default profile) must be one of the operator's scheduler.profiles. An unknown scheduler on the first clique also fails the backend check, so expect two errors.",
    fix: 'Use an enabled scheduler (by default default-scheduler or kai-scheduler), or enable it in the operator.',
    source: SRC.validation,
  }),
  webhookRule({
    code: 'starts-after-unknown',
    ref: 'C16a',
    title: 'startsAfter names a clique that does not exist',
    explanation:
      'With CliqueStartupTypeExplicit every dependency must be a clique of this PodCliqueSet. Grove reports all unknown names in one error (an empty entry counts as unknown).',
    fix: 'Correct the names in startsAfter.',
    source: `${SRC.validation}, ${SRC.deps}`,
  }),
  webhookRule({
    code: 'starts-after-cycle',
    ref: 'C16b',
    title: 'The startup order has a cycle',
    explanation:
      'With CliqueStartupTypeExplicit the startsAfter graph must be acyclic: cliques that wait for each other would never start. Grove finds the cycles (strongly connected components of two or more cliques) and reports them in one error.',
    fix: 'Remove one dependency from each cycle.',
    source: `${SRC.validation}, ${SRC.deps}`,
  }),
];
