import type { Topology } from '../model/topology';
import type { Layout } from './types';

/**
 * Where the vertices sit does not depend on their names: two topologies with the same groups, the same
 * cliques in the same groups and the same edges, position for position, get the same layout. This is
 * their shared shape; `null` vertices are on the canvas.
 */
function shapeOf(topology: Topology): string {
  const groupIndex = new Map(topology.groups.map((g, i) => [g.id, i]));
  const cliqueIndex = new Map(topology.cliques.map((c, i) => [c.id, i]));
  return JSON.stringify([
    topology.groups.length,
    topology.cliques.map((c) => (c.parent === null ? null : (groupIndex.get(c.parent) ?? -1))),
    topology.edges.map((e) => [cliqueIndex.get(e.source) ?? -1, cliqueIndex.get(e.target) ?? -1]),
  ]);
}

/**
 * The layout of `from`, carried over to `to` under the new names, when the two differ only by names (a
 * clique or group being renamed, one keystroke at a time): no new layout is computed and no node moves.
 * Null when the structure changed in any other way.
 */
export function renamedLayout(from: Topology, to: Topology, layout: Layout, key: string): Layout | null {
  if (shapeOf(from) !== shapeOf(to)) return null;
  const ids = new Map<string, string>();
  from.groups.forEach((g, i) => ids.set(g.id, to.groups[i]!.id));
  from.cliques.forEach((c, i) => ids.set(c.id, to.cliques[i]!.id));
  const rename = (id: string) => ids.get(id) ?? id;
  const positions: Record<string, Layout['positions'][string]> = {};
  for (const [id, xy] of Object.entries(layout.positions)) positions[rename(id)] = xy;
  const parents: Record<string, string | null> = {};
  for (const [id, parent] of Object.entries(layout.parents))
    parents[rename(id)] = parent === null ? null : rename(parent);
  return { key, positions, parents };
}
