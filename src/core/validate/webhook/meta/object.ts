import type { RuleMeta } from '../../../rules/types';
import { SRC, webhookRule } from './define';

/** M1, S1, S2, R1-R6, D1 and the restartPolicy notice. */
export const objectRules: readonly RuleMeta[] = [
  webhookRule({
    code: 'metadata-name-invalid',
    ref: 'M1',
    title: 'The PodCliqueSet name is missing or not a DNS-1123 subdomain',
    explanation:
      'Grove runs the standard Kubernetes object-metadata checks on every PodCliqueSet: it needs a name (or a generateName) made of lower-case letters, digits, "-" and ".", at most 253 characters. The API server normally refuses such a name before Grove sees it.',
    fix: 'Give metadata.name a short lower-case name such as "my-inference".',
    source: SRC.validation,
  }),
  webhookRule({
    code: 'metadata-namespace-invalid',
    ref: 'M1',
    title: 'The namespace is not a valid namespace name',
    explanation:
      'A PodCliqueSet lives in a namespace (Grove fills in "default" when none is given). A namespace name must be a DNS-1123 label: lower-case letters, digits and "-", at most 63 characters.',
    fix: 'Use an existing namespace name such as "default", or leave metadata.namespace out.',
    source: SRC.validation,
  }),
  webhookRule({
    code: 'metadata-labels-invalid',
    ref: 'M1',
    title: 'A PodCliqueSet label key or value is not valid',
    explanation:
      'Label keys are qualified names (an optional DNS prefix and "/", then at most 63 letters, digits, "-", "_" or "."); label values are empty or at most 63 such characters, starting and ending with a letter or digit. Kubernetes reports one error per problem.',
    fix: 'Rename the key or shorten/clean the value; move free text to an annotation.',
    source: SRC.validation,
  }),
  webhookRule({
    code: 'metadata-annotations-invalid',
    ref: 'M1',
    title: 'A PodCliqueSet annotation key is not valid, or the annotations are too large',
    explanation:
      'Annotation keys follow the label-key rules (compared in lower case); values are free text, but all keys and values together may not exceed 256 KiB.',
    fix: 'Rename the key, or move large data out of annotations (e.g. into a ConfigMap).',
    source: SRC.validation,
  }),
  webhookRule({
    code: 'replicas-negative',
    ref: 'S1',
    title: 'spec.replicas is negative',
    explanation:
      'spec.replicas is the number of copies of the whole PodCliqueSet. Zero is allowed (nothing is created); a negative number is refused.',
    fix: 'Set spec.replicas to 1 or more.',
    source: SRC.validation,
  }),
  webhookRule({
    code: 'startup-type-invalid',
    ref: 'S2',
    title: 'cliqueStartupType is missing or not a known value',
    explanation:
      'cliqueStartupType decides the order in which cliques start: CliqueStartupTypeAnyOrder (the CRD default), CliqueStartupTypeInOrder (list order) or CliqueStartupTypeExplicit (startsAfter). The CRD enum normally refuses other values first.',
    fix: 'Use one of the three values, or leave the field out for AnyOrder.',
    source: SRC.validation,
  }),
  webhookRule({
    code: 'claim-template-name-required',
    ref: 'R1',
    type: 'Required',
    title: 'A resourceClaimTemplate has no name',
    explanation:
      'resourceClaimTemplates are named DRA claim templates that resourceSharing entries refer to by name, so each needs one.',
    fix: 'Give the template a name.',
    source: SRC.validation,
  }),
  webhookRule({
    code: 'claim-template-requests-required',
    ref: 'R2',
    type: 'Required',
    title: 'A resourceClaimTemplate requests no device',
    explanation:
      'A claim template without templateSpec.spec.devices.requests would claim nothing; Grove refuses it.',
    fix: 'Add at least one device request to templateSpec.spec.devices.requests.',
    source: SRC.validation,
  }),
  webhookRule({
    code: 'claim-template-name-duplicate',
    ref: 'R3',
    type: 'Duplicate',
    title: 'Two resourceClaimTemplates share a name',
    explanation:
      'Templates are looked up by name, so names must be unique; Grove reports one error for the list.',
    fix: 'Rename one of the templates.',
    source: SRC.validation,
  }),
  webhookRule({
    code: 'resource-sharing-name-required',
    ref: 'R4a',
    type: 'Required',
    title: 'A resourceSharing entry has no name',
    explanation:
      'Each resourceSharing entry (PodCliqueSet, clique or scaling-group level) names the claim template to share: one of spec.template.resourceClaimTemplates, or a ResourceClaimTemplate object in the namespace.',
    fix: 'Set name to the claim template to share.',
    source: SRC.validation,
  }),
  webhookRule({
    code: 'resource-sharing-name-duplicate',
    ref: 'R4b',
    type: 'Duplicate',
    title: 'The same template is shared twice in one resourceSharing list',
    explanation:
      'Within one resourceSharing list each template may appear once; Grove reports the later entry.',
    fix: 'Remove the repeated entry.',
    source: SRC.validation,
  }),
  webhookRule({
    code: 'resource-sharing-namespace-invalid',
    ref: 'R4c',
    title: 'A namespace is given for one of the PodCliqueSet’s own claim templates',
    explanation:
      'When the name matches one of spec.template.resourceClaimTemplates, Grove uses that internal template; a namespace only makes sense for an external ResourceClaimTemplate object.',
    fix: 'Remove namespace, or rename the entry to the external template you mean.',
    source: SRC.validation,
  }),
  webhookRule({
    code: 'resource-sharing-scope-unsupported',
    ref: 'R4d',
    type: 'NotSupported',
    title: 'resourceSharing scope is not AllReplicas or PerReplica',
    explanation:
      'AllReplicas shares one claim among all replicas of the owner; PerReplica makes one claim per replica. Other values are refused (the CRD enum usually refuses them first, at the same path).',
    fix: 'Set scope to AllReplicas or PerReplica.',
    source: SRC.validation,
  }),
  webhookRule({
    code: 'resource-sharing-filter-empty',
    ref: 'R5a',
    type: 'Required',
    title: 'A PodCliqueSet-level sharing filter names no children',
    explanation:
      'A filter limits which cliques or scaling groups get the shared claim. An empty filter would select nothing, so Grove refuses it; no filter at all means "all children".',
    fix: 'List childCliqueNames or childScalingGroupNames, or remove the filter.',
    source: SRC.validation,
  }),
  webhookRule({
    code: 'resource-sharing-filter-clique-not-found',
    ref: 'R5b',
    type: 'NotFound',
    title: 'A sharing filter names a clique that does not exist',
    explanation:
      'Every childCliqueNames entry of a PodCliqueSet-level filter must be the name of one of its cliques.',
    fix: 'Correct the clique name or remove the entry.',
    source: SRC.validation,
  }),
  webhookRule({
    code: 'resource-sharing-filter-group-not-found',
    ref: 'R5c',
    type: 'NotFound',
    title: 'A sharing filter names a scaling group that does not exist',
    explanation:
      'Every childScalingGroupNames entry of a PodCliqueSet-level filter must be the name of one of its podCliqueScalingGroups.',
    fix: 'Correct the scaling group name or remove the entry.',
    source: SRC.validation,
  }),
  webhookRule({
    code: 'group-sharing-filter-empty',
    ref: 'R6a',
    type: 'Required',
    title: 'A scaling-group sharing filter names no clique',
    explanation:
      'At scaling-group level a filter may only list childCliqueNames; an empty one selects nothing and is refused.',
    fix: 'List the member cliques that should get the claim, or remove the filter.',
    source: SRC.validation,
  }),
  webhookRule({
    code: 'group-sharing-filter-clique-not-found',
    ref: 'R6b',
    type: 'NotFound',
    title: 'A scaling-group sharing filter names a clique outside the group',
    explanation: 'A scaling group can only share its claims with its own members (its cliqueNames).',
    fix: "Use one of the group's cliqueNames.",
    source: SRC.validation,
  }),
  webhookRule({
    code: 'termination-delay-invalid',
    ref: 'D1',
    title: 'terminationDelay is missing, unreadable or not positive',
    explanation:
      'terminationDelay is how long a gang may stay below minAvailable before Grove terminates and recreates it (default 4h). It is a Go duration such as 4h, 30m or 1h30m and must be greater than zero; text Go cannot parse makes the whole object unreadable.',
    fix: 'Write a positive duration such as 4h, or leave the field out for the default.',
    source: SRC.validation,
  }),
  webhookRule({
    code: 'restart-policy-warning',
    ref: '0',
    severity: 'info',
    title: 'Grove will warn that restartPolicy is ignored',
    explanation:
      'For every admitted create or update Grove returns the warning "restartPolicy will be ignored, it will be set to Always" once per clique, because its defaulting fills an empty restartPolicy before the validator looks. The warning is misleading: an explicit value such as Never is kept.',
    fix: 'Nothing to do; expect the warning from kubectl.',
    source: `${SRC.validation}, ${SRC.defaulting}`,
  }),
];
