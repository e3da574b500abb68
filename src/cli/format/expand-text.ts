import { countJson, listed, MAX_ROWS, type ExpandedDocument } from '../commands/run-expand';
import type { Count } from '../../core/expand';

function n(count: Count, word: string): string {
  return `${countJson(count)} ${word}${count === 1 ? '' : 's'}`;
}

function section(title: string, rows: string[], cut: boolean): string[] {
  if (rows.length === 0) return [];
  return [
    `${title}:`,
    ...rows.map((r) => `  ${r}`),
    ...(cut ? ['  ... (cut; the totals above are exact)'] : []),
  ];
}

function documentText(doc: ExpandedDocument, maxPods: number): string[] {
  const x = doc.expansion;
  const t = x.totals;
  const requests = Object.entries(doc.requests)
    .map(([name, q]) => `${name} ${q}`)
    .join(', ');
  const cliques = listed(x.podCliques, MAX_ROWS);
  const gangs = listed(x.podGangs, MAX_ROWS);
  const services = listed(x.headlessServices, MAX_ROWS);
  const hpas = listed(x.hpas, MAX_ROWS);
  const pods = listed(x.pods, maxPods);
  return [
    `${x.name} (namespace ${x.namespace}${doc.report.errors > 0 ? `, ${n(doc.report.errors, 'error')}` : ''})`,
    `  ${n(t.pcsReplicas, 'replica')}, ${n(t.podCliques, 'PodClique')}, ${n(t.podCliqueScalingGroups, 'scaling group')}, ${n(t.podGangs, 'PodGang')}, ${n(t.headlessServices, 'Service')}, ${n(t.hpas, 'HPA')}, ${n(t.pods, 'pod')}${requests ? `; requests ${requests}` : ''}`,
    ...section(
      'PodCliques',
      cliques.rows.map(
        (r) => `${r.name}  ${n(r.replicas, 'pod')}, minAvailable ${r.minAvailable}, gang ${r.podGang}`,
      ),
      cliques.cut,
    ),
    ...section(
      'PodGangs',
      gangs.rows.map((g) => {
        const groups = listed(g.podGroups, 20);
        const list = groups.rows.map((p) => `${p.podClique} >= ${p.minReplicas}`).join(', ');
        return `${g.name} (${g.kind}): ${list}${groups.cut ? ', ...' : ''}`;
      }),
      gangs.cut,
    ),
    ...section(
      'Services',
      services.rows.map((s) => `${s.name}  ${s.fqdn}`),
      services.cut,
    ),
    ...section(
      'HPAs',
      hpas.rows.map(
        (h) => `${h.name}  ${h.target.kind} ${h.target.name}, ${h.minReplicas}..${h.maxReplicas}`,
      ),
      hpas.cut,
    ),
    ...section(
      'Pods',
      pods.rows.map((p) => `${p.fqdn}  gang ${p.podGang}`),
      pods.cut,
    ),
  ];
}

/** `expand --format text`: a readable summary and the generated names, one per line. */
export function expandText(documents: readonly ExpandedDocument[], maxPods: number): string {
  if (documents.length === 0) return 'No PodCliqueSet to expand.\n';
  return `${documents.map((doc) => documentText(doc, maxPods).join('\n')).join('\n\n')}\n`;
}
