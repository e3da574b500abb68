import type { Layout, XY } from '../layout/types';
import { CLIQUE, FRAME, GAP, GROUP } from './sizes';
import type { Topology } from './topology';

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A placed vertex: `x`/`y` relative to its parent group (or the canvas), `abs` on the canvas. */
export interface Box extends Rect {
  readonly id: string;
  readonly parent: string | null;
  readonly abs: XY;
}

/** Every vertex placed, and the PodCliqueSet frame around them. */
export interface Scene {
  readonly boxes: ReadonlyMap<string, Box>;
  readonly frame: Rect;
}

/**
 * A position the user dragged a vertex to, if there is one for this parent: `parent` is the name
 * of the group it was dropped in (null: the canvas).
 */
export type StoredPosition = (
  kind: 'clique' | 'scalingGroup',
  name: string,
  parent: string | null,
) => XY | undefined;

const clampInGroup = (p: XY): XY => ({
  x: Math.max(GROUP.padding, p.x),
  y: Math.max(GROUP.header + GROUP.padding, p.y),
});

/**
 * Places every vertex: where the user dragged it, else where the layout put it (if the layout
 * knew it under the same parent), else next to what is already placed. Groups grow to hold their
 * cliques; the frame holds everything.
 */
export function sceneOf(topology: Topology, layout: Layout | null, stored: StoredPosition): Scene {
  const fromLayout = (id: string, parent: string | null): XY | undefined =>
    layout && layout.parents[id] === parent ? layout.positions[id] : undefined;
  const cliqueById = new Map(topology.cliques.map((c) => [c.id, c]));

  // Cliques inside groups first: the groups' sizes depend on them.
  const rel = new Map<string, XY>();
  const groupSize = new Map<string, { width: number; height: number }>();
  for (const group of topology.groups) {
    let bottom: number = GROUP.header;
    let right = 0;
    for (const id of group.members) {
      const clique = cliqueById.get(id)!;
      const saved =
        clique.key !== null && group.key !== null ? stored('clique', clique.key, group.key) : undefined;
      const p = clampInGroup(saved ?? fromLayout(id, group.id) ?? { x: GROUP.padding, y: bottom + GAP.node });
      rel.set(id, p);
      bottom = Math.max(bottom, p.y + CLIQUE.height);
      right = Math.max(right, p.x + CLIQUE.width);
    }
    groupSize.set(group.id, {
      width: Math.max(GROUP.minWidth, right + GROUP.padding),
      height: Math.max(GROUP.minHeight, bottom + GROUP.padding),
    });
  }

  // Top-level items: groups and standalone cliques.
  const top: { id: string; p: XY | undefined; width: number; height: number }[] = [];
  for (const group of topology.groups) {
    const saved = group.key !== null ? stored('scalingGroup', group.key, null) : undefined;
    top.push({ id: group.id, p: saved ?? fromLayout(group.id, null), ...groupSize.get(group.id)! });
  }
  for (const clique of topology.cliques) {
    if (clique.parent !== null) continue;
    const saved = clique.key !== null ? stored('clique', clique.key, null) : undefined;
    top.push({ id: clique.id, p: saved ?? fromLayout(clique.id, null), ...CLIQUE });
  }
  const known = top.filter((t) => t.p !== undefined);
  const nextX = known.length === 0 ? 0 : Math.max(...known.map((t) => t.p!.x + t.width)) + GAP.layer;
  let nextY = known.length === 0 ? 0 : Math.min(...known.map((t) => t.p!.y));
  const boxes = new Map<string, Box>();
  for (const t of top) {
    let p = t.p;
    if (!p) {
      p = { x: nextX, y: nextY };
      nextY += t.height + GAP.node;
    }
    boxes.set(t.id, { id: t.id, parent: null, x: p.x, y: p.y, width: t.width, height: t.height, abs: p });
  }
  for (const clique of topology.cliques) {
    if (clique.parent === null) continue;
    const parent = boxes.get(clique.parent)!;
    const p = rel.get(clique.id)!;
    const abs = { x: parent.abs.x + p.x, y: parent.abs.y + p.y };
    boxes.set(clique.id, { id: clique.id, parent: clique.parent, ...p, ...CLIQUE, abs });
  }
  return { boxes, frame: frameAround(top.map((t) => boxes.get(t.id)!)) };
}

function frameAround(items: readonly Rect[]): Rect {
  if (items.length === 0) return { x: 0, y: 0, width: 2 * FRAME.padding, height: FRAME.header };
  const left = Math.min(...items.map((r) => r.x));
  const topY = Math.min(...items.map((r) => r.y));
  const right = Math.max(...items.map((r) => r.x + r.width));
  const bottom = Math.max(...items.map((r) => r.y + r.height));
  return {
    x: left - FRAME.padding,
    y: topY - FRAME.header - FRAME.padding,
    width: right - left + 2 * FRAME.padding,
    height: bottom - topY + FRAME.header + 2 * FRAME.padding,
  };
}
