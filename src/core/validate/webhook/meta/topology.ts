import type { RuleMeta } from '../../../rules/types';
import { SRC, webhookRule } from './define';

/** T1-T8 and the preferred-domain warning. */
export const topologyRuleMeta: readonly RuleMeta[] = [
  webhookRule({
    code: 'topology-disabled',
    ref: 'T1',
    title: 'A topologyConstraint is used while topology-aware scheduling is off',
    explanation:
      'topologyConstraint asks the scheduler to pack pods into a rack, block, zone... This needs topologyAwareScheduling.enabled in the Grove operator (off in the Helm defaults). On create Grove refuses every level that carries a constraint, one error each.',
    fix: 'Remove the topologyConstraint, or enable topology-aware scheduling in the operator.',
    source: SRC.topology,
  }),
  webhookRule({
    code: 'topology-name-required',
    ref: 'T2',
    type: 'Required',
    title: 'A topologyConstraint has no topologyName to use',
    explanation:
      'Each constraint refers to a ClusterTopologyBinding by topologyName. A clique may inherit it from its scaling group or the PodCliqueSet, a group from the PodCliqueSet; the PodCliqueSet level never inherits. When any of T2-T4 fails, the domain checks are skipped.',
    fix: 'Set topologyName on the PodCliqueSet-level constraint (children inherit it) or on this constraint.',
    source: `${SRC.validation}, ${SRC.topology}`,
  }),
  webhookRule({
    code: 'topology-name-mismatch',
    ref: 'T3',
    title: 'A topologyName differs from the one it would inherit',
    explanation:
      "All constraints of a PodCliqueSet must use the same ClusterTopologyBinding. A child that writes a topologyName different from its parent's is refused.",
    fix: "Remove the child topologyName (it inherits) or make it equal to the parent's.",
    source: `${SRC.validation}, ${SRC.topology}`,
  }),
  webhookRule({
    code: 'topology-name-conflict',
    ref: 'T4',
    title: 'Constraints at unrelated levels use different topologies',
    explanation:
      'When constraints that do not inherit from each other (e.g. two standalone cliques without a PodCliqueSet constraint) resolve to different topologyNames, Grove reports every topologyName written in the PodCliqueSet.',
    fix: 'Use one topologyName, ideally once on the PodCliqueSet-level constraint.',
    source: `${SRC.validation}, ${SRC.topology}`,
  }),
  webhookRule({
    code: 'topology-binding-not-found',
    ref: 'T5',
    title: 'The ClusterTopologyBinding does not exist',
    explanation:
      'Grove looks the resolved topologyName up as a ClusterTopologyBinding in the cluster to learn its levels. The designer counts the bindings in your operator settings and those written in the same file. Grove always reports the PodCliqueSet-level path.',
    fix: 'Create the ClusterTopologyBinding (add it to the file) or use an existing name.',
    source: SRC.validation,
  }),
  webhookRule({
    code: 'topology-domain-unknown',
    ref: 'T6',
    title: 'A topology domain is not a level of the ClusterTopologyBinding',
    explanation:
      "packDomain, pack.required and pack.preferred must each be one of the binding's levels[].domain. When a domain is unknown the hierarchy checks (T7, T8) are skipped.",
    fix: "Use one of the binding's domains, or add the level to the binding.",
    source: SRC.topology,
  }),
  webhookRule({
    code: 'topology-required-narrower',
    ref: 'T7',
    title: "A parent's required domain is narrower than a child's",
    explanation:
      "Levels of a ClusterTopologyBinding go from broadest to narrowest. A PodCliqueSet (or scaling group) packed into a host cannot contain a clique packed into a whole rack, so a parent's required domain must be as broad as or broader than each child's.",
    fix: "Broaden the parent's required domain or narrow the child's.",
    source: SRC.topology,
  }),
  webhookRule({
    code: 'topology-preferred-narrower',
    ref: 'T8',
    title: "A parent's preferred domain is narrower than a child's",
    explanation: 'The same hierarchy rule as for required domains, applied to pack.preferred.',
    fix: "Broaden the parent's preferred domain or narrow the child's.",
    source: SRC.topology,
  }),
  webhookRule({
    code: 'topology-preferred-broader-than-required',
    ref: 'T6-T8',
    severity: 'warning',
    title: 'A preferred domain is broader than the required one',
    explanation:
      'Grove admits it with a warning: when the required domain already packs pods more tightly, a broader preference can never make a difference.',
    fix: 'Make pack.preferred narrower than pack.required, or remove it.',
    source: SRC.topology,
  }),
];

/** N1-N2 and K2a-K2c. */
export const backendRuleMeta: readonly RuleMeta[] = [
  webhookRule({
    code: 'mnnvl-group-invalid',
    ref: 'N1',
    title: 'grove.io/mnnvl-group is empty or not a DNS label',
    explanation:
      'The grove.io/mnnvl-group annotation (on the PodCliqueSet, a clique or a scaling group) puts pods into a multi-node NVLink group; it is "none" to opt out or a DNS-1123 label naming the group. It can fail together with N2: the same path twice.',
    fix: 'Use "none" or a short lower-case name such as "nvl-a".',
    source: SRC.mnnvl,
  }),
  webhookRule({
    code: 'mnnvl-disabled',
    ref: 'N2',
    title: 'An MNNVL group is requested but auto-MNNVL is disabled',
    explanation:
      'Any grove.io/mnnvl-group value other than "none" needs network.autoMNNVLEnabled in the Grove operator (off in the Helm defaults).',
    fix: 'Remove the annotation (or set it to "none"), or enable auto-MNNVL in the operator.',
    source: SRC.mnnvl,
  }),
  webhookRule({
    code: 'scheduler-backend-not-enabled',
    ref: 'K2a',
    title: 'The scheduler backend is not enabled',
    explanation:
      "Grove hands each PodCliqueSet to the backend named by the first clique's schedulerName (or the default profile). If that backend is not enabled the request is refused at path spec; together with the clique check this gives two errors.",
    fix: 'Use an enabled scheduler, or enable its profile in the operator.',
    source: SRC.handler,
  }),
  webhookRule({
    code: 'kai-queue-missing',
    ref: 'K2b',
    title: 'kai-scheduler needs a queue',
    explanation:
      'With kai-scheduler every PodCliqueSet is scheduled from a KAI queue, named by the kai.scheduler/queue label (or annotation) on the PodCliqueSet or on its cliques.',
    fix: 'Add the label kai.scheduler/queue: <queue> to metadata.labels.',
    source: SRC.kai,
  }),
  webhookRule({
    code: 'kai-queue-conflict',
    ref: 'K2b',
    title: 'The kai-scheduler queues contradict each other',
    explanation:
      'A queue on the PodCliqueSet applies to all cliques; a clique may repeat it but not name another. Without a PodCliqueSet queue, the cliques must all name the same one.',
    fix: 'Use one kai.scheduler/queue value throughout.',
    source: SRC.kai,
  }),
  webhookRule({
    code: 'backend-topology-unsupported',
    ref: 'K2c',
    title: 'The scheduler backend does not support topology constraints',
    explanation:
      'The lpx-scheduler and volcano backends cannot honour Grove topologyConstraints and refuse them.',
    fix: 'Remove the topologyConstraints or use a topology-aware scheduler such as kai-scheduler.',
    source: `${SRC.lpx}, ${SRC.volcano}`,
  }),
  webhookRule({
    code: 'volcano-queue-invalid',
    ref: 'K2c',
    title: 'The volcano queue annotations are not valid',
    explanation:
      'With volcano, the scheduling.grove.io/volcano-queue annotation on the PodCliqueSet and on cliques must agree, and the queue must be a valid name.',
    fix: 'Use one valid queue name.',
    source: SRC.volcano,
  }),
];

/** The ClusterTopologyBinding webhook. */
export const bindingRuleMeta: readonly RuleMeta[] = [
  webhookRule({
    code: 'binding-domain-duplicate',
    ref: 'CTB',
    type: 'Duplicate',
    title: 'A ClusterTopologyBinding repeats a domain',
    explanation:
      'levels[] go from broadest to narrowest, one domain per level; a repeated domain would make the order ambiguous.',
    fix: 'Remove the repeated level or give it its own domain.',
    source: SRC.binding,
  }),
  webhookRule({
    code: 'binding-key-duplicate',
    ref: 'CTB',
    type: 'Duplicate',
    title: 'A ClusterTopologyBinding repeats a node label key',
    explanation: 'Each level maps its domain to its own node label key (e.g. topology.kubernetes.io/zone).',
    fix: 'Give each level its own key.',
    source: SRC.binding,
  }),
  webhookRule({
    code: 'binding-scheduler-duplicate',
    ref: 'CTB',
    type: 'Duplicate',
    title: 'A scheduler is bound twice',
    explanation:
      'Each scheduler may have one schedulerTopologyBindings entry. Grove reports these errors under spec.schedulerTopologyReferences, although the field is schedulerTopologyBindings.',
    fix: 'Remove the second entry for the scheduler.',
    source: SRC.binding,
  }),
  webhookRule({
    code: 'binding-scheduler-not-enabled',
    ref: 'CTB',
    title: 'A bound scheduler is not enabled',
    explanation: 'Only schedulers enabled in the Grove operator can be bound to a topology.',
    fix: 'Bind an enabled scheduler, or enable it in the operator.',
    source: SRC.binding,
  }),
];
