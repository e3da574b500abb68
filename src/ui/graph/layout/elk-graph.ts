import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import { CLIQUE, GAP, GROUP } from '../model/sizes';
import type { Topology } from '../model/topology';
import type { Layout, XY } from './types';

/**
 * Layered left to right (a clique starts before the ones to its right), list order kept where the
 * edges allow it, long chains wrapped into rows so a 100-clique design stays roughly the shape of
 * the canvas.
 */
const ROOT_OPTIONS: Record<string, string> = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.spacing.nodeNode': String(GAP.node),
  'elk.layered.spacing.nodeNodeBetweenLayers': String(GAP.layer),
  'elk.spacing.componentComponent': String(GAP.node),
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.layered.wrapping.strategy': 'MULTI_EDGE',
  'elk.aspectRatio': '1.8',
  'elk.padding': '[top=0,left=0,bottom=0,right=0]',
};

const GROUP_OPTIONS: Record<string, string> = {
  'elk.padding': `[top=${GROUP.header + GROUP.padding},left=${GROUP.padding},bottom=${GROUP.padding},right=${GROUP.padding}]`,
};

const edge = (id: string, source: string, target: string): ElkExtendedEdge => ({
  id,
  sources: [source],
  targets: [target],
});

/**
 * The ELK input for a topology: groups are compound nodes holding their cliques. Each group lays
 * out its own cliques; an edge that leaves a group is lifted to the group for the outer layout
 * (the canvas draws the real edge; ELK only needs to know which way things flow).
 */
export function elkGraphOf(topology: Topology): ElkNode {
  const parentOf = new Map(topology.cliques.map((c) => [c.id, c.parent]));
  const top = (id: string) => parentOf.get(id) ?? id;
  const groupEdges = new Map<string, ElkExtendedEdge[]>();
  const rootEdges: ElkExtendedEdge[] = [];
  const lifted = new Set<string>();
  for (const e of topology.edges) {
    const from = top(e.source);
    const to = top(e.target);
    if (from === to) {
      const parent = parentOf.get(e.source);
      if (!parent) continue;
      const list = groupEdges.get(parent) ?? [];
      list.push(edge(e.id, e.source, e.target));
      groupEdges.set(parent, list);
    } else if (!lifted.has(`${from}->${to}`)) {
      lifted.add(`${from}->${to}`);
      rootEdges.push(edge(`lifted:${from}->${to}`, from, to));
    }
  }
  const box = (id: string): ElkNode => ({ id, width: CLIQUE.width, height: CLIQUE.height });
  const children: ElkNode[] = [];
  const placed = new Set<string>();
  // Top-level items in list order: a group where its first clique is, standalone cliques as they come.
  for (const clique of topology.cliques) {
    const id = clique.parent ?? clique.id;
    if (placed.has(id)) continue;
    placed.add(id);
    const group = clique.parent ? topology.groups.find((g) => g.id === clique.parent) : undefined;
    children.push(group ? groupNode(group.id, group.members.map(box), groupEdges.get(group.id)) : box(id));
  }
  for (const group of topology.groups)
    if (!placed.has(group.id)) children.push(groupNode(group.id, [], undefined));
  return { id: 'root', layoutOptions: ROOT_OPTIONS, children, edges: rootEdges };
}

function groupNode(id: string, children: ElkNode[], edges: ElkExtendedEdge[] | undefined): ElkNode {
  return {
    id,
    layoutOptions: GROUP_OPTIONS,
    children,
    edges: edges ?? [],
    ...(children.length === 0 ? { width: GROUP.minWidth, height: GROUP.minHeight } : {}),
  };
}

/** Reads ELK's answer: each vertex' position relative to its parent. */
export function layoutOfElk(key: string, result: ElkNode): Layout {
  const positions: Record<string, XY> = {};
  const parents: Record<string, string | null> = {};
  const visit = (node: ElkNode, parent: string | null) => {
    positions[node.id] = { x: node.x ?? 0, y: node.y ?? 0 };
    parents[node.id] = parent;
    for (const child of node.children ?? []) visit(child, node.id);
  };
  for (const child of result.children ?? []) visit(child, null);
  return { key, positions, parents };
}
