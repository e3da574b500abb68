import type { Selection } from '../../../store/selection';
import { FRAME_ID, type Topology } from './topology';

const none: ReadonlySet<string> = new Set();

/** The vertices the store's selection names (both, when a name is written twice). */
export function selectedIds(
  selection: Selection | null,
  topology: Topology,
  document: number,
): ReadonlySet<string> {
  if (!selection || selection.document !== document) return none;
  switch (selection.kind) {
    case 'podCliqueSet':
      return new Set([FRAME_ID]);
    case 'clique':
      return new Set(topology.cliques.filter((c) => c.clique.name === selection.name).map((c) => c.id));
    case 'scalingGroup':
      return new Set(topology.groups.filter((g) => g.group.name === selection.name).map((g) => g.id));
    default:
      return none;
  }
}

/** The store selection for a vertex of the graph. */
export function selectionFor(id: string, topology: Topology, document: number): Selection | null {
  if (id === FRAME_ID) return { kind: 'podCliqueSet', document };
  const clique = topology.cliques.find((c) => c.id === id);
  if (clique) return { kind: 'clique', document, name: clique.clique.name };
  const group = topology.groups.find((g) => g.id === id);
  if (group) return { kind: 'scalingGroup', document, name: group.group.name };
  return null;
}
