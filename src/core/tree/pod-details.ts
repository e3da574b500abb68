import type { EnvVar, PodRow } from '../expand/types';

/**
 * What an expanded pod shows, one line per row of the tree: its labels, its environment (Grove's
 * variables with their values, then the template's own) and what its init container waits for.
 */

export type DetailSection = 'labels' | 'env' | 'startup';

export type DetailLine =
  | { readonly type: 'heading'; readonly section: DetailSection; readonly count: number }
  | { readonly type: 'label'; readonly key: string; readonly value: string }
  | {
      readonly type: 'env';
      readonly name: string;
      readonly value: string;
      readonly source: EnvVar['source'];
      /** Where the value comes from, when it is not written out (a label, a Secret, the node...). */
      readonly note?: string;
      readonly unresolved?: boolean;
    }
  | { readonly type: 'wait'; readonly podClique: string; readonly minAvailable: number }
  | { readonly type: 'text'; readonly text: string; readonly tone?: 'warning' };

function envNote(v: EnvVar): string | undefined {
  if (v.fromLabel) return `from label ${v.fromLabel}`;
  if (v.valueFrom) return v.unresolved ? `${v.valueFrom}: known in the cluster only` : v.valueFrom;
  if (v.written !== undefined && v.written !== v.value) return `written as ${v.written}`;
  return undefined;
}

function envLine(v: EnvVar): DetailLine {
  const note = envNote(v);
  return {
    type: 'env',
    name: v.name,
    value: v.value,
    source: v.source,
    ...(note !== undefined ? { note } : {}),
    ...(v.unresolved ? { unresolved: true } : {}),
  };
}

export function podDetailLines(pod: PodRow): DetailLine[] {
  const labels = Object.keys(pod.labels);
  const lines: DetailLine[] = [{ type: 'heading', section: 'labels', count: labels.length }];
  for (const key of labels) lines.push({ type: 'label', key, value: pod.labels[key]! });
  lines.push({ type: 'heading', section: 'env', count: pod.env.length });
  for (const v of pod.env) lines.push(envLine(v));
  lines.push({ type: 'heading', section: 'startup', count: pod.startsAfter.length });
  if (pod.startsAfter.length === 0)
    lines.push({ type: 'text', text: 'Starts at once: no grove-initc init container.' });
  for (const w of pod.startsAfter)
    lines.push({ type: 'wait', podClique: w.podClique, minAvailable: w.minAvailable });
  for (const parent of pod.unmatchedParents)
    lines.push({
      type: 'text',
      tone: 'warning',
      text: `No clique template matches ${parent}: Grove cannot build this pod's init container.`,
    });
  return lines;
}
