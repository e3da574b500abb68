import { useCallback } from 'react';
import type { TreeRowView } from '../../core/tree/rows';
import type { Selection } from '../../store/selection';
import { useDesignerContext } from '../DesignerContext';
import { useDesigner } from '../hooks/useDesigner';
import type { Mark } from './TreeRow';

/** What picking a row selects: the same object the graph and the editor select. */
function selectionOf(row: TreeRowView, document: number): Selection | null {
  switch (row.kind) {
    case 'replica':
      return { kind: 'podCliqueSet', document };
    case 'scalingGroup':
      return { kind: 'scalingGroup', document, name: row.template };
    case 'groupReplica':
      return { kind: 'scalingGroup', document, name: row.scalingGroup };
    case 'podClique':
      return { kind: 'podClique', document, name: row.name.name, clique: row.template };
    case 'pod':
      return { kind: 'pod', document, podClique: row.podClique, index: String(row.k), clique: row.template };
    case 'detail':
      return null;
  }
}

/** How a row relates to the store's selection: it is the selection, or part of what is selected. */
function markOf(row: TreeRowView, s: Selection | null): Mark {
  if (!s) return null;
  switch (row.kind) {
    case 'scalingGroup':
      return s.kind === 'scalingGroup' && s.name === row.template ? 'selected' : null;
    case 'groupReplica':
      return s.kind === 'scalingGroup' && s.name === row.scalingGroup ? 'related' : null;
    case 'podClique':
      if (s.kind === 'podClique' && s.name === row.name.name) return 'selected';
      return s.kind === 'clique' && s.name === row.template ? 'related' : null;
    case 'pod':
      if (s.kind === 'pod' && s.podClique === row.podClique && s.index === String(row.k)) return 'selected';
      if (s.kind === 'podClique' && s.name === row.podClique) return 'related';
      return s.kind === 'clique' && s.name === row.template ? 'related' : null;
    default:
      return null;
  }
}

/**
 * Selection shared with the graph and the editor: picking a row selects its object in the store; a
 * PodClique or pod also shows its clique's YAML in the editor (the editor follows cliques, not pods).
 */
export function useTreeSelection(document: number) {
  const { store, core, events } = useDesignerContext();
  const selection = useDesigner((s) => s.selection);
  const pick = useCallback(
    (row: TreeRowView) => {
      const next = selectionOf(row, document);
      if (!next) return;
      store.getState().select(next, 'tree');
      if (next.kind !== 'podClique' && next.kind !== 'pod') return;
      const item = core
        .getState()
        .latest?.active?.outline.find((i) => i.kind === 'clique' && i.name === next.clique);
      if (item) events.reveal.emit({ range: item.nameRange, select: true, focus: false });
    },
    [store, core, events, document],
  );
  const mark = useCallback((row: TreeRowView) => markOf(row, selection), [selection]);
  return { pick, mark };
}
