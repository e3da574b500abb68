import type { ClusterSettings } from '../../check/settings';
import type { Finding } from '../../diagnostics/types';
import { list, obj, str } from '../../model/read';
import { finding } from './finding';

/**
 * The ClusterTopologyBinding webhook: level domains and keys are unique; each scheduler is bound once
 * and (when the operator settings are known) is enabled. Grove reports the scheduler bindings under
 * `spec.schedulerTopologyReferences`, although the field is `spec.schedulerTopologyBindings`.
 */
export function topologyBindingRules(value: unknown, cluster?: ClusterSettings): Finding[] {
  const out: Finding[] = [];
  const spec = obj(value, 'spec');
  const domains = new Set<string>();
  const keys = new Set<string>();
  (list(spec, 'levels') ?? []).forEach((level, i) => {
    const domain = str(level, 'domain') ?? '';
    const key = str(level, 'key') ?? '';
    if (domains.has(domain))
      out.push(
        finding(
          'binding-domain-duplicate',
          ['spec', 'levels', i, 'domain'],
          `Domain '${domain}' appears at more than one level; each level needs its own domain.`,
        ),
      );
    domains.add(domain);
    if (keys.has(key))
      out.push(
        finding(
          'binding-key-duplicate',
          ['spec', 'levels', i, 'key'],
          `Node label key '${key}' appears at more than one level; each level needs its own key.`,
        ),
      );
    keys.add(key);
  });
  const schedulers = new Set<string>();
  (list(spec, 'schedulerTopologyBindings') ?? []).forEach((binding, i) => {
    const name = str(binding, 'schedulerName') ?? '';
    const at = ['spec', 'schedulerTopologyBindings', i, 'schedulerName'];
    const path = `spec.schedulerTopologyReferences[${i}].schedulerName`;
    if (schedulers.has(name))
      out.push(
        finding('binding-scheduler-duplicate', at, `Scheduler '${name}' is bound more than once.`, { path }),
      );
    schedulers.add(name);
    if (cluster && !cluster.schedulerProfiles.includes(name))
      out.push(
        finding(
          'binding-scheduler-not-enabled',
          at,
          `Scheduler '${name}' is not an enabled backend of the Grove operator (enabled: ${cluster.schedulerProfiles.join(', ')}).`,
          { path },
        ),
      );
  });
  return out;
}
