import type { EditCommand } from '../../../core/edit/types';
import type { XY } from '../layout/types';
import type { Rect, Scene } from './scene';
import type { CliqueVertex, Topology } from './topology';

/**
 * What is under the pointer when a clique is dropped: another clique (the dragged one goes just
 * before or after it in the `cliques` list, and into its group), or a container: a scaling group
 * or, with `group: null`, the canvas outside every group.
 */
export type DropTarget =
  | { readonly kind: 'clique'; readonly over: string; readonly side: 'before' | 'after' }
  | { readonly kind: 'container'; readonly group: string | null };

const inside = (r: Rect, p: XY) => p.x >= r.x && p.x <= r.x + r.width && p.y >= r.y && p.y <= r.y + r.height;

/** Resolves the drop target at `pointer` (canvas coordinates) for the vertex `dragged` (null: the palette). */
export function dropTargetAt(
  scene: Scene,
  topology: Topology,
  pointer: XY,
  dragged: string | null,
): DropTarget {
  for (const clique of topology.cliques) {
    if (clique.id === dragged) continue;
    const box = scene.boxes.get(clique.id);
    if (!box || !inside({ ...box, ...box.abs }, pointer)) continue;
    return {
      kind: 'clique',
      over: clique.id,
      side: pointer.x < box.abs.x + box.width / 2 ? 'before' : 'after',
    };
  }
  for (const group of topology.groups) {
    const box = scene.boxes.get(group.id);
    if (box && inside(box, pointer)) return { kind: 'container', group: group.id };
  }
  return { kind: 'container', group: null };
}

/** What a drop does to the manifest (one undo step) and to the stored position of the node. */
export interface DropPlan {
  readonly commands: readonly EditCommand[];
  /** `keep`: store where it was dropped, in `parent`'s coordinates; `forget`: let the layout place it. */
  readonly position: { readonly kind: 'keep'; readonly parent: string | null } | { readonly kind: 'forget' };
}

function finalIndex(from: number, to: number, side: 'before' | 'after'): number {
  if (side === 'before') return from < to ? to - 1 : to;
  return from < to ? to : to + 1;
}

function groupRef(topology: Topology, id: string | null) {
  return id === null ? null : (topology.groups.find((g) => g.id === id)?.ref ?? null);
}

/**
 * The commands for dropping clique `dragged` on `target`: a move in the list and/or a change of
 * group. An empty command list means the manifest stays as it is (the node just moved).
 */
export function dropPlan(topology: Topology, dragged: CliqueVertex, target: DropTarget): DropPlan {
  const commands: EditCommand[] = [];
  if (target.kind === 'container') {
    if (target.group !== dragged.parent)
      commands.push({ type: 'setCliqueGroup', clique: dragged.ref, group: groupRef(topology, target.group) });
    return { commands, position: { kind: 'keep', parent: target.group } };
  }
  const over = topology.cliques.find((c) => c.id === target.over)!;
  if (over.parent !== dragged.parent)
    commands.push({ type: 'setCliqueGroup', clique: dragged.ref, group: groupRef(topology, over.parent) });
  const from = dragged.clique.index;
  const to = finalIndex(from, over.clique.index, target.side);
  if (to !== from) commands.push({ type: 'moveClique', clique: dragged.ref, toIndex: to });
  return { commands, position: { kind: 'forget' } };
}
