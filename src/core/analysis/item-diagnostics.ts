import type { Diagnostic } from '../diagnostics/types';
import type { OutlineItem } from '../outline/outline';

/** What a badge on a graph node lists: errors first, then warnings, each as the editor words it. */
export interface ItemMessages {
  readonly errors: readonly Diagnostic[];
  readonly warnings: readonly Diagnostic[];
}

/** The errors and warnings of one PodCliqueSet, by the clique or scaling group (list index) they concern. */
export interface MessagesByItem {
  readonly clique: ReadonlyMap<number, ItemMessages>;
  readonly scalingGroup: ReadonlyMap<number, ItemMessages>;
  /** Everything that concerns no clique or scaling group (metadata, spec.replicas, startup type...). */
  readonly podCliqueSet: ItemMessages;
}

interface Bucket {
  errors: Diagnostic[];
  warnings: Diagnostic[];
}

function add(bucket: Bucket, d: Diagnostic): void {
  if (d.severity === 'error') bucket.errors.push(d);
  else bucket.warnings.push(d);
}

/**
 * Which clique or scaling group each diagnostic concerns, by where it starts in the text, as
 * `countByItem` counts them (so a badge's messages always match its count). Infos are left out.
 */
export function messagesByItem(
  diagnostics: readonly Diagnostic[],
  outline: readonly OutlineItem[],
): MessagesByItem {
  const clique = new Map<number, Bucket>();
  const scalingGroup = new Map<number, Bucket>();
  const podCliqueSet: Bucket = { errors: [], warnings: [] };
  const items = outline.filter((i) => i.kind === 'clique' || i.kind === 'scalingGroup');
  for (const d of diagnostics) {
    if (d.severity === 'info') continue;
    const item = items.find((i) => d.range.start >= i.range.start && d.range.start <= i.range.end);
    if (!item) {
      add(podCliqueSet, d);
      continue;
    }
    const table = item.kind === 'clique' ? clique : scalingGroup;
    let bucket = table.get(item.index);
    if (!bucket) table.set(item.index, (bucket = { errors: [], warnings: [] }));
    add(bucket, d);
  }
  return { clique, scalingGroup, podCliqueSet };
}
