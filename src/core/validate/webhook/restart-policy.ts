import type { Finding } from '../../diagnostics/types';
import { str } from '../../model/read';
import type { PodCliqueSetModel } from '../../model/types';
import { finding, templateAt } from './finding';

/**
 * Section 0: Grove answers every admitted request with "restartPolicy will be ignored, it will be set to
 * Always" once per clique whose restartPolicy is set, which after defaulting is every clique. Reported
 * once per document so that it does not flood the editor.
 */
export function restartPolicyNotice(model: PodCliqueSetModel): Finding[] {
  const kept = model.cliques.filter((c) => (str(c.podSpec, 'restartPolicy') ?? '') !== '');
  if (kept.length === 0) return [];
  const others = [
    ...new Set(kept.map((c) => str(c.podSpec, 'restartPolicy')!).filter((p) => p !== 'Always')),
  ];
  const note =
    others.length > 0
      ? ` The warning is misleading: Grove keeps an explicit restartPolicy, so ${others.map((p) => `'${p}'`).join(', ')} stays as written.`
      : ' The warning is misleading: Grove only fills in Always when restartPolicy is empty, and never overwrites a value.';
  return [
    finding(
      'restart-policy-warning',
      templateAt('cliques'),
      `Grove will answer with the warning "restartPolicy will be ignored, it will be set to Always" once per clique (${kept.length} ${kept.length === 1 ? 'time' : 'times'} here).${note}`,
    ),
  ];
}
