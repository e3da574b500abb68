import type { Finding } from '../../diagnostics/types';
import { str } from '../../model/read';
import type { PodCliqueSetModel, StringMap } from '../../model/types';
import { isDns1123Subdomain } from '../../names/names';
import { finding } from './finding';
import { quoteList } from './k8s/text';
import type { Scope } from './scope';
import { hasAnyConstraint } from './topology-sites';

const KAI = 'kai-scheduler';
const LPX = 'lpx-scheduler';
const VOLCANO = 'volcano';
const KAI_QUEUE = 'kai.scheduler/queue';
const VOLCANO_QUEUE = 'scheduling.grove.io/volcano-queue';

function spec(code: string, message: string): Finding {
  return finding(code, ['spec'], message, { onKey: true });
}

/** kai-scheduler's queue: the label wins over the annotation. */
function kaiQueue(labels: StringMap, annotations: StringMap): string {
  const label = labels[KAI_QUEUE];
  if (label !== undefined && label !== '') return label;
  return annotations[KAI_QUEUE] ?? '';
}

/** K2b: kai-scheduler needs one queue, on the PodCliqueSet or its cliques, without contradictions. */
function kaiRules(model: PodCliqueSetModel): Finding[] {
  const own = kaiQueue(model.labels, model.annotations);
  if (own !== '') {
    const other = model.cliques.find((c) => {
      const q = kaiQueue(c.labels, c.annotations);
      return q !== '' && q !== own;
    });
    if (!other) return [];
    return [
      spec(
        'kai-queue-conflict',
        `The PodCliqueSet is in kai-scheduler queue '${own}' but clique '${other.name ?? ''}' names queue '${kaiQueue(other.labels, other.annotations)}'; they must agree.`,
      ),
    ];
  }
  const queues = [
    ...new Set(model.cliques.map((c) => kaiQueue(c.labels, c.annotations)).filter((q) => q !== '')),
  ];
  if (queues.length === 0)
    return [
      spec(
        'kai-queue-missing',
        `kai-scheduler needs a queue: set the label (or annotation) ${KAI_QUEUE} on the PodCliqueSet or on its cliques.`,
      ),
    ];
  if (queues.length === 1) return [];
  return [
    spec(
      'kai-queue-conflict',
      `The cliques name different kai-scheduler queues (${quoteList([...queues].sort())}); a PodCliqueSet is scheduled from one queue.`,
    ),
  ];
}

/** K2c: lpx-scheduler and volcano cannot honour topologyConstraints; volcano also checks its queue. */
function noTopologyRules(model: PodCliqueSetModel, backend: string): Finding[] {
  if (hasAnyConstraint(model))
    return [
      spec(
        'backend-topology-unsupported',
        `Scheduler backend '${backend}' does not support Grove topologyConstraints; remove them or use a topology-aware scheduler.`,
      ),
    ];
  if (backend !== VOLCANO) return [];
  const own = (model.annotations[VOLCANO_QUEUE] ?? '').trim();
  for (const clique of model.cliques) {
    const mine = (clique.annotations[VOLCANO_QUEUE] ?? '').trim();
    if (own !== '' && mine !== '' && own !== mine)
      return [
        spec(
          'volcano-queue-invalid',
          `The PodCliqueSet names volcano queue '${own}' but clique '${clique.name ?? ''}' names '${mine}'; they must agree.`,
        ),
      ];
    const queue = own !== '' ? own : mine !== '' ? mine : 'default';
    if (!isDns1123Subdomain(queue))
      return [
        spec(
          'volcano-queue-invalid',
          `Volcano queue '${queue}' is not a valid queue name (a DNS-1123 subdomain).`,
        ),
      ];
  }
  return [];
}

/** K2a-K2c: the backend of the first clique (or the default profile) must be enabled and accept the object. */
export function backendRules({ model, cluster }: Scope): Finding[] {
  const first = model.cliques[0];
  if (!first) return []; // Grove has already crashed on the empty list (C1).
  const written = str(first.podSpec, 'schedulerName') ?? '';
  const backend = written === '' ? cluster.defaultSchedulerProfile : written;
  if (!cluster.schedulerProfiles.includes(backend))
    return [
      spec(
        'scheduler-backend-not-enabled',
        `Scheduler backend '${backend}' (of the first clique) is not enabled in the Grove operator (enabled: ${quoteList(cluster.schedulerProfiles)}).`,
      ),
    ];
  if (backend === KAI) return kaiRules(model);
  if (backend === LPX || backend === VOLCANO) return noTopologyRules(model, backend);
  return [];
}
