import type { Topology } from './topology';

/**
 * What the automatic layout depends on: the vertices (by id, so names), their order, which group
 * holds each clique, and the startup edges. Counts, images and requests are left out: changing
 * replicas never moves a node. Two topologies with the same key get the same layout.
 */
export function structureKey(topology: Topology): string {
  return JSON.stringify([
    topology.groups.map((g) => g.id),
    topology.cliques.map((c) => [c.id, c.parent]),
    topology.edges.map((e) => e.id),
  ]);
}
