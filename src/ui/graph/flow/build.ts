import { MarkerType, Position, type NodeHandle } from '@xyflow/react';
import type { ItemMessages, MessagesByItem } from '../../../core/analysis/item-diagnostics';
import type { XY } from '../layout/types';
import type { Scene } from '../model/scene';
import { CLIQUE } from '../model/sizes';
import { FRAME_ID, startupWord, type Topology } from '../model/topology';
import type { CliqueNode, FrameNode, GraphEdge, GraphNode, GroupNode } from './types';

export interface FlowInputs {
  readonly topology: Topology;
  readonly scene: Scene;
  /** Vertex ids the store's selection names. */
  readonly selected: ReadonlySet<string>;
  readonly renaming: string | null;
  /** The node with the keyboard focus, if any. */
  readonly focused?: string | null;
  readonly messages: MessagesByItem | null;
  /** False while the graph is stale: nothing can be dragged or connected. */
  readonly editable: boolean;
  /** Id of the element explaining the keyboard, for every node's aria-describedby. */
  readonly describedBy: string;
}

const HANDLE = 10;
/** Handles are declared, not measured: edges attach to them before React has drawn a node. */
const cliqueHandles: NodeHandle[] = [
  {
    id: null,
    type: 'target',
    position: Position.Left,
    x: -HANDLE / 2,
    y: (CLIQUE.height - HANDLE) / 2,
    width: HANDLE,
    height: HANDLE,
  },
  {
    id: null,
    type: 'source',
    position: Position.Right,
    x: CLIQUE.width - HANDLE / 2,
    y: (CLIQUE.height - HANDLE) / 2,
    width: HANDLE,
    height: HANDLE,
  },
];

const issues = (m: ItemMessages | undefined) => {
  const parts: string[] = [];
  if (m?.errors.length) parts.push(`${m.errors.length} error${m.errors.length === 1 ? '' : 's'}`);
  if (m?.warnings.length) parts.push(`${m.warnings.length} warning${m.warnings.length === 1 ? '' : 's'}`);
  return parts.length === 0 ? '' : `, ${parts.join(', ')}`;
};

/** The React Flow nodes of a scene: the frame, then each group, then the cliques (parents first). */
export function flowNodes(inputs: FlowInputs): GraphNode[] {
  const { topology, scene, selected, renaming, messages, editable, describedBy } = inputs;
  const focused = inputs.focused ?? null;
  const sized = (width: number, height: number) => ({ width, height, measured: { width, height } });
  const domAttributes = { 'aria-describedby': describedBy };
  const frame: FrameNode = {
    id: FRAME_ID,
    type: 'frame',
    position: { x: scene.frame.x, y: scene.frame.y },
    ...sized(scene.frame.width, scene.frame.height),
    data: {
      topology: { name: topology.name, replicas: topology.replicas, startupType: topology.startupType },
      messages: messages?.podCliqueSet,
      focused: focused === FRAME_ID,
    },
    draggable: false,
    selectable: false,
    connectable: false,
    selected: selected.has(FRAME_ID),
    zIndex: -1,
    ariaLabel: `PodCliqueSet ${topology.name || '(no name)'}, ${topology.replicas} replicas, startup ${startupWord(topology.startupType)}${issues(messages?.podCliqueSet)}`,
    domAttributes,
  };
  const groupNames = new Map(topology.groups.map((g) => [g.id, g.group.name]));
  const groups: GroupNode[] = topology.groups.map((vertex) => {
    const box = scene.boxes.get(vertex.id)!;
    const m = messages?.scalingGroup.get(vertex.group.index);
    return {
      id: vertex.id,
      type: 'scalingGroup',
      position: { x: box.x, y: box.y },
      ...sized(box.width, box.height),
      data: { vertex, messages: m, renaming: renaming === vertex.id, focused: focused === vertex.id },
      draggable: editable && vertex.key !== null,
      connectable: false,
      selected: selected.has(vertex.id),
      ariaLabel: `Scaling group ${vertex.group.name || '(no name)'}, ${vertex.group.replicas} replicas, ${vertex.members.length} cliques${issues(m)}`,
      domAttributes,
    };
  });
  const cliques: CliqueNode[] = topology.cliques.map((vertex) => {
    const box = scene.boxes.get(vertex.id)!;
    const m = messages?.clique.get(vertex.clique.index);
    const groupName = vertex.parent === null ? null : (groupNames.get(vertex.parent) ?? null);
    return {
      id: vertex.id,
      type: 'clique',
      position: { x: box.x, y: box.y },
      ...(vertex.parent !== null ? { parentId: vertex.parent } : {}),
      ...sized(CLIQUE.width, CLIQUE.height),
      handles: cliqueHandles,
      data: {
        vertex,
        groupName,
        messages: m,
        renaming: renaming === vertex.id,
        focused: focused === vertex.id,
      },
      draggable: editable,
      connectable: editable,
      selected: selected.has(vertex.id),
      ariaLabel: `Clique ${vertex.clique.name || '(no name)'}, ${vertex.clique.replicas} replicas${groupName ? `, in scaling group ${groupName}` : ''}${issues(m)}`,
      domAttributes,
    };
  });
  return [frame, ...groups, ...cliques];
}

/** The startup edges; only `startsAfter` edges can be selected and deleted. */
export function flowEdges(
  topology: Topology,
  selectedEdge: string | null,
  editable: boolean,
  arrowColor = '#5b6473',
): GraphEdge[] {
  const names = new Map(topology.cliques.map((c) => [c.id, c.clique.name || '(no name)']));
  return topology.edges.map((e) => ({
    id: e.id,
    type: 'startup',
    source: e.source,
    target: e.target,
    data: { kind: e.kind, after: e.after, dependent: names.get(e.target)! },
    selectable: e.kind === 'explicit',
    deletable: editable && e.kind === 'explicit',
    focusable: e.kind === 'explicit',
    selected: selectedEdge === e.id,
    markerEnd: { type: MarkerType.ArrowClosed, width: 16, height: 16, color: arrowColor },
    ariaLabel: `${names.get(e.target)} starts after ${names.get(e.source)}${e.kind === 'inOrder' ? ' (list order)' : ''}`,
  }));
}

/**
 * Nodes being dragged (or just dropped, until the manifest catches up) at their pointer-given
 * positions, given on the canvas and turned into their current parent's coordinates.
 */
export function withOverrides(
  nodes: readonly GraphNode[],
  overrides: ReadonlyMap<string, XY>,
  scene: Scene,
): GraphNode[] {
  if (overrides.size === 0) return nodes as GraphNode[];
  return nodes.map((node) => {
    const abs = overrides.get(node.id);
    if (!abs) return node;
    const parent = node.parentId ? scene.boxes.get(node.parentId) : undefined;
    const position = parent ? { x: abs.x - parent.abs.x, y: abs.y - parent.abs.y } : abs;
    return { ...node, position };
  });
}

const plain = (_: string, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v);

/**
 * The same value, by identity or by content: every analysis builds new vertex and message objects, and
 * a node whose content did not change must not redraw (typing in one clique's name redrew all 100).
 */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return JSON.stringify(a, plain) === JSON.stringify(b, plain);
}

function sameNode(a: GraphNode, b: GraphNode): boolean {
  if (a.type !== b.type || a.parentId !== b.parentId || a.selected !== b.selected) return false;
  if (a.position.x !== b.position.x || a.position.y !== b.position.y) return false;
  if (a.width !== b.width || a.height !== b.height || a.draggable !== b.draggable) return false;
  if (a.ariaLabel !== b.ariaLabel || a.connectable !== b.connectable) return false;
  const da = a.data as Record<string, unknown>;
  const db = b.data as Record<string, unknown>;
  return Object.keys(da).every((k) => sameValue(da[k], db[k]));
}

function sameEdge(a: GraphEdge, b: GraphEdge): boolean {
  return (
    a.source === b.source &&
    a.target === b.target &&
    a.selected === b.selected &&
    a.deletable === b.deletable &&
    a.ariaLabel === b.ariaLabel &&
    sameValue(a.data, b.data) &&
    sameValue(a.markerEnd, b.markerEnd)
  );
}

/**
 * Gives back the previous object for every node that did not change, so React Flow re-renders only
 * the nodes that did (a selection change redraws two nodes, not a hundred).
 */
export function reuseUnchanged(previous: ReadonlyMap<string, GraphNode>, next: GraphNode[]): GraphNode[] {
  return reuse(previous, next, sameNode);
}

/** As `reuseUnchanged`, for edges: an edit elsewhere redraws no arrow. */
export function reuseUnchangedEdges(
  previous: ReadonlyMap<string, GraphEdge>,
  next: GraphEdge[],
): GraphEdge[] {
  return reuse(previous, next, sameEdge);
}

/** The previous object for every unchanged item. */
function reuse<T extends { id: string }>(
  previous: ReadonlyMap<string, T>,
  next: T[],
  same: (a: T, b: T) => boolean,
): T[] {
  return next.map((item) => {
    const old = previous.get(item.id);
    return old && same(old, item) ? old : item;
  });
}

/** What was handed to React Flow last time: the items by id, and the list itself. */
export interface Given<T extends { id: string }> {
  byId: Map<string, T>;
  list: T[];
}

export const givenNothing = <T extends { id: string }>(): Given<T> => ({ byId: new Map(), list: [] });

/**
 * Hands over `next` with every unchanged item as it was given before; when nothing changed at all, the
 * very list given before, so React Flow does not look at its items again.
 */
export function handOver<T extends { id: string }>(
  given: Given<T>,
  next: T[],
  reuseItems: (previous: ReadonlyMap<string, T>, next: T[]) => T[],
): T[] {
  const out = reuseItems(given.byId, next);
  if (out.length === given.list.length && out.every((item, i) => item === given.list[i])) return given.list;
  given.byId = new Map(out.map((item) => [item.id, item]));
  given.list = out;
  return out;
}
