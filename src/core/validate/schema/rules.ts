import type { RuleMeta } from '../../rules/types';

const CRD =
  'operator/api/core/v1alpha1/crds/grove.io_podcliquesets.yaml (and grove.io_clustertopologybindings.yaml)';
const PCS_CEL = 'operator/api/core/v1alpha1/podcliqueset.go (XValidation markers), PCS CRD';
const TOPOLOGY_CEL = 'operator/api/core/v1alpha1/podcliqueset.go TopologyConstraint (XValidation markers)';

/**
 * Rules of stage `schema`: what the Kubernetes API server refuses for a Grove custom resource before any
 * webhook sees it (REFERENCE section 0 step 3 and B.4). `duplicate-field` (a YAML key written twice) is in
 * parse/rules.ts.
 */
export const schemaRules: readonly RuleMeta[] = [
  {
    code: 'schema-type',
    stage: 'schema',
    severity: 'error',
    type: 'Invalid',
    ref: 'B.4',
    title: 'A value has the wrong type',
    explanation:
      'The CRD says what type each field has: a count is an integer, a name a string, a spec a mapping. The API server refuses a value of another type, such as `replicas: "three"` or a list where a mapping belongs. A number with no fraction (`2.0`, `1e3`) counts as an integer. While a value has the wrong type, the API server does not run the CRD\'s CEL rules.',
    fix: 'Write the value with the type the field expects (a number without quotes for counts).',
    source: CRD,
  },
  {
    code: 'schema-integer-range',
    stage: 'schema',
    severity: 'error',
    type: 'Invalid',
    ref: 'B.4',
    title: 'An integer is too large for its field',
    explanation:
      "Counts such as `replicas` are 32-bit integers (`format: int32`): at most 2147483647. Grove's webhooks decode the object into Go types and cannot read a larger number, so the object is refused; other integers are 64-bit.",
    fix: 'Use a number that fits (at most 2147483647 for int32 fields).',
    source: CRD,
  },
  {
    code: 'schema-required',
    stage: 'schema',
    severity: 'error',
    type: 'Required',
    ref: 'B.4',
    title: 'A required field is missing',
    explanation:
      "The CRD lists the fields an object must have: `spec`, `spec.template`, `cliques`, each clique's `name` and `spec`, `podSpec` and its `containers`, a scaling group's `name` and `cliqueNames`, an autoscaler's `maxReplicas`, and so on. A clique's `replicas` and `roleName` are also required, but Grove's defaulting webhook fills them in first, so leaving them out is not an error here. A `null` value counts as missing.",
    fix: 'Add the missing field.',
    source: CRD,
  },
  {
    code: 'schema-enum',
    stage: 'schema',
    severity: 'error',
    type: 'NotSupported',
    ref: 'B.4',
    title: 'A value is not one of the allowed values',
    explanation:
      'Some fields accept only listed values: `cliqueStartupType` (`CliqueStartupTypeAnyOrder`, `CliqueStartupTypeInOrder`, `CliqueStartupTypeExplicit`), `updateStrategy.type` (`RollingRecreate`, `OnDelete`), a resourceSharing `scope` (`AllReplicas`, `PerReplica`). Values are case-sensitive.',
    fix: 'Use one of the supported values listed in the message.',
    source: CRD,
  },
  {
    code: 'schema-pattern',
    stage: 'schema',
    severity: 'error',
    type: 'Invalid',
    ref: 'B.4',
    title: 'A value does not match the pattern its field requires',
    explanation:
      'Some strings must match a regular expression: topology domains (`^[a-z][a-z0-9-]*$`, e.g. `rack`, not `Rack`), resource quantities (`500m`, `4Gi`), label keys in a ClusterTopologyBinding, condition types.',
    fix: 'Rewrite the value so it matches the pattern in the message.',
    source: CRD,
  },
  {
    code: 'schema-min-length',
    stage: 'schema',
    severity: 'error',
    type: 'Invalid',
    ref: 'B.4',
    title: 'A string is too short',
    explanation:
      'Some strings may not be empty, such as a topology domain or a ClusterTopologyBinding level key (at least 1 character).',
    fix: 'Give the field a non-empty value, or remove it if it is optional.',
    source: CRD,
  },
  {
    code: 'schema-max-length',
    stage: 'schema',
    severity: 'error',
    type: 'TooLong',
    ref: 'B.4',
    title: 'A string is too long',
    explanation:
      'Some strings have a maximum length, such as topology domains and label keys (63 characters). Lengths count characters (Unicode code points).',
    fix: 'Shorten the value to the limit in the message.',
    source: CRD,
  },
  {
    code: 'schema-min-items',
    stage: 'schema',
    severity: 'error',
    type: 'Invalid',
    ref: 'B.4',
    title: 'A list has too few items',
    explanation: "Some lists may not be empty, such as a ClusterTopologyBinding's `spec.levels`.",
    fix: 'Add the missing items.',
    source: CRD,
  },
  {
    code: 'schema-max-items',
    stage: 'schema',
    severity: 'error',
    type: 'TooMany',
    ref: 'B.4',
    title: 'A list has too many items',
    explanation: 'A list with a `maxItems` limit in the CRD holds more items than it allows.',
    fix: 'Remove items until the list is within the limit.',
    source: CRD,
  },
  {
    code: 'schema-minimum',
    stage: 'schema',
    severity: 'error',
    type: 'Invalid',
    ref: 'B.4',
    title: 'A number is below its minimum',
    explanation:
      "A number is smaller than the CRD's `minimum` for the field. (Negative counts such as `spec.replicas: -1` are not limited by Grove's CRD; Grove's validating webhook refuses them.)",
    fix: 'Use a number at least as large as the minimum in the message.',
    source: CRD,
  },
  {
    code: 'schema-maximum',
    stage: 'schema',
    severity: 'error',
    type: 'Invalid',
    ref: 'B.4',
    title: 'A number is above its maximum',
    explanation: "A number is larger than the CRD's `maximum` for the field.",
    fix: 'Use a number no larger than the maximum in the message.',
    source: CRD,
  },
  {
    code: 'schema-unknown-field',
    stage: 'schema',
    severity: 'error',
    type: 'Invalid',
    ref: 'B.4',
    title: 'A field the schema does not declare',
    explanation:
      'kubectl validates strictly by default (`--validate=strict`): the API server refuses an object with a field its CRD does not declare, usually a misspelling (`minAvaliable`) or a field at the wrong level (`replicas` beside a clique\'s `spec` instead of inside it). With validation turned off the field would be silently dropped, and its setting lost. The API server reports this as `unknown field "<path>"`, a decoding error rather than a field error; it is listed as Invalid here.',
    fix: "Fix the spelling or move the field to where it belongs; remove it if it is not part of Grove's API.",
    source: CRD,
  },
  {
    code: 'schema-list-map-duplicate',
    stage: 'schema',
    severity: 'error',
    type: 'Duplicate',
    ref: 'B.4',
    title: 'Two items of a keyed list have the same key',
    explanation:
      "Lists the CRD marks as maps (`x-kubernetes-list-type: map`) identify their items by key fields, which must be unique: cliques by `name`; containers, init containers, volumes and a container's `env` by `name`; `ports` by `containerPort` and `protocol` (TCP when omitted); `volumeMounts` by `mountPath`, and so on. The API server reports the later item, at its index, before Grove's webhook runs (so Grove's own duplicate checks, C12b and C13, are not reached).",
    fix: 'Rename or remove the later item, or merge the two.',
    source: CRD,
  },
  {
    code: 'schema-list-set-duplicate',
    stage: 'schema',
    severity: 'error',
    type: 'Duplicate',
    ref: 'B.4',
    title: 'A list of unique values repeats a value',
    explanation:
      'Lists the CRD marks as sets (`x-kubernetes-list-type: set`) may not repeat a value. The later occurrence is reported.',
    fix: 'Remove the repeated value.',
    source: CRD,
  },
  {
    code: 'schema-pack-empty',
    stage: 'schema',
    severity: 'error',
    type: 'Required',
    ref: 'B.4',
    title: 'A topology pack names no domain',
    explanation:
      "A `topologyConstraint.pack` must say `required` or `preferred` (or both): the CRD's rule `has(self.required) || has(self.preferred)`. An empty `pack` packs nothing.",
    fix: 'Add `required: <domain>` or `preferred: <domain>` under `pack`, or remove `pack`.',
    source: TOPOLOGY_CEL,
  },
  {
    code: 'schema-topology-pack-missing',
    stage: 'schema',
    severity: 'error',
    type: 'Required',
    ref: 'B.4',
    title: 'A topology constraint has neither pack nor packDomain',
    explanation:
      "A `topologyConstraint` must say how to pack: the CRD's rule `has(self.pack) || has(self.packDomain)`, reported at its `pack`. A constraint with only a `topologyName` is refused.",
    fix: 'Add `pack: {required: <domain>}` to the constraint, or remove the constraint.',
    source: TOPOLOGY_CEL,
  },
  {
    code: 'schema-pack-domain-conflict',
    stage: 'schema',
    severity: 'error',
    type: 'Invalid',
    ref: 'B.4',
    title: 'Both pack.required and the deprecated packDomain are set',
    explanation:
      '`packDomain` is the deprecated spelling of `pack.required`; a constraint may not set both (CRD rule, reported at `pack.required`).',
    fix: 'Remove `packDomain` and keep `pack.required`.',
    source: TOPOLOGY_CEL,
  },
  {
    code: 'schema-pack-domain-forbidden',
    stage: 'schema',
    severity: 'error',
    type: 'Forbidden',
    ref: 'B.4',
    title: 'packDomain is forbidden on a new PodCliqueSet',
    explanation:
      "`packDomain` is deprecated. The CRD's create-only CEL rules (they pass when `oldSelf` exists) refuse it on a new PodCliqueSet, at `spec.template.topologyConstraint.packDomain`, `spec.template.cliques` or `spec.template.podCliqueScalingGroups`. An existing object may keep it, or move it to `pack.required` with the same value.",
    fix: 'Write `pack: {required: <domain>}` instead of `packDomain: <domain>`.',
    source: PCS_CEL,
  },
];
