import type { GroupLayout, Layout, Slot } from '../expand/layout';
import type { NodePath, TreeShape } from './flatten';

/**
 * The pod tree of a PodCliqueSet: PCS replica -> (standalone PodClique | scaling group -> group replica ->
 * PodClique) -> pod -> the pod's detail lines. Positions under a PCS replica are its standalone cliques
 * first, then its scaling groups, in the expansion's order (`expand/layout.ts`).
 *
 * Nodes also have a key made of names (`0/g:prefill/1/c:pworker/2`), so what is expanded survives edits
 * that reorder or add cliques; `pathOfKey` resolves a key against the current layout.
 */

export interface PodCliqueNode {
  readonly kind: 'podClique';
  readonly i: bigint;
  readonly group: GroupLayout | null;
  /** Scaling-group replica (0 for a standalone PodClique). */
  readonly j: bigint;
  readonly slot: Slot;
}

export interface PodNode extends Omit<PodCliqueNode, 'kind'> {
  readonly kind: 'pod';
  readonly k: bigint;
}

export type GroveNode =
  | { readonly kind: 'replica'; readonly i: bigint }
  | { readonly kind: 'scalingGroup'; readonly i: bigint; readonly group: GroupLayout }
  | { readonly kind: 'groupReplica'; readonly i: bigint; readonly group: GroupLayout; readonly j: bigint }
  | PodCliqueNode
  | PodNode
  | { readonly kind: 'detail'; readonly pod: PodNode; readonly line: number };

/** The node at `path`, or null when the layout has no such node. */
export function nodeAt(layout: Layout, path: NodePath): GroveNode | null {
  const [i, c, third, fourth, fifth, sixth] = path;
  if (i === undefined || i < 0n || i >= layout.replicas) return null;
  if (c === undefined) return { kind: 'replica', i };
  const standalone = BigInt(layout.standalone.length);
  if (c < 0n) return null;
  if (c < standalone) {
    const slot = layout.standalone[Number(c)]!;
    const clique: PodCliqueNode = { kind: 'podClique', i, group: null, j: 0n, slot };
    return below(clique, third, fourth, path.length > 4);
  }
  const group = layout.groups[Number(c - standalone)];
  if (!group) return null;
  if (third === undefined) return { kind: 'scalingGroup', i, group };
  if (third < 0n || third >= BigInt(group.replicas)) return null;
  if (fourth === undefined) return { kind: 'groupReplica', i, group, j: third };
  const slot = fourth >= 0n ? group.members[Number(fourth)] : undefined;
  if (!slot) return null;
  return below({ kind: 'podClique', i, group, j: third, slot }, fifth, sixth, path.length > 6);
}

/** A PodClique, one of its pods, or a detail line of that pod. */
function below(
  clique: PodCliqueNode,
  k: bigint | undefined,
  line: bigint | undefined,
  tooDeep: boolean,
): GroveNode | null {
  if (k === undefined) return clique;
  if (k < 0n || k >= BigInt(clique.slot.pods) || tooDeep) return null;
  const pod: PodNode = { ...clique, kind: 'pod', k };
  if (line === undefined) return pod;
  return line >= 0n ? { kind: 'detail', pod, line: Number(line) } : null;
}

/** The tree's shape; `detailLines` counts the detail lines of a pod (asked only for expanded pods). */
export function groveTreeShape(layout: Layout, detailLines: (pod: PodNode) => number): TreeShape {
  return {
    childCount(path) {
      if (path.length === 0) return layout.replicas;
      const node = nodeAt(layout, path);
      switch (node?.kind) {
        case 'replica':
          return BigInt(layout.standalone.length + layout.groups.length);
        case 'scalingGroup':
          return BigInt(node.group.replicas);
        case 'groupReplica':
          return BigInt(node.group.members.length);
        case 'podClique':
          return BigInt(node.slot.pods);
        case 'pod':
          return BigInt(detailLines(node));
        default:
          return 0n;
      }
    },
  };
}

const encode = encodeURIComponent;

function cliqueKey(node: PodCliqueNode): string {
  const clique = `c:${encode(node.slot.clique.name)}`;
  return node.group ? `${node.i}/g:${encode(node.group.name)}/${node.j}/${clique}` : `${node.i}/${clique}`;
}

/** A node's key: names for cliques and groups, numbers for replicas and pods. */
export function keyOf(node: GroveNode): string {
  switch (node.kind) {
    case 'replica':
      return String(node.i);
    case 'scalingGroup':
      return `${node.i}/g:${encode(node.group.name)}`;
    case 'groupReplica':
      return `${node.i}/g:${encode(node.group.name)}/${node.j}`;
    case 'podClique':
      return cliqueKey(node);
    case 'pod':
      return `${cliqueKey({ ...node, kind: 'podClique' })}/${node.k}`;
    case 'detail':
      return `${keyOf(node.pod)}/d${node.line}`;
  }
}

const INDEX = /^(?:0|[1-9][0-9]*)$/;

function index(segment: string | undefined): bigint | null {
  return segment !== undefined && INDEX.test(segment) ? BigInt(segment) : null;
}

function named(segment: string | undefined, tag: 'c' | 'g'): string | null {
  if (!segment?.startsWith(`${tag}:`)) return null;
  try {
    return decodeURIComponent(segment.slice(2));
  } catch {
    return null;
  }
}

/** Resolves a key against the layout: the node's path, or null when the node no longer exists. */
export function pathOfKey(layout: Layout, key: string): NodePath | null {
  const segments = key.split('/');
  const i = index(segments[0]);
  if (i === null || i >= layout.replicas) return null;
  if (segments.length === 1) return [i];
  const cliqueName = named(segments[1], 'c');
  if (cliqueName !== null) {
    const s = layout.standalone.findIndex((slot) => slot.clique.name === cliqueName);
    return s < 0 ? null : podsBelow(layout, [i, BigInt(s)], segments.slice(2));
  }
  const groupName = named(segments[1], 'g');
  const g = layout.groups.findIndex((group) => group.name === groupName);
  if (g < 0) return null;
  const path = [i, BigInt(layout.standalone.length + g)];
  if (segments.length === 2) return path;
  const j = index(segments[2]);
  if (j === null) return null;
  path.push(j);
  if (segments.length === 3) return checked(layout, path);
  const member = named(segments[3], 'c');
  const m = layout.groups[g]!.members.findIndex((slot) => slot.clique.name === member);
  return m < 0 ? null : podsBelow(layout, [...path, BigInt(m)], segments.slice(4));
}

/** `[k]` or `[k, d<line>]` below a PodClique. */
function podsBelow(layout: Layout, path: bigint[], rest: readonly string[]): NodePath | null {
  if (rest.length > 2) return null;
  if (rest.length >= 1) {
    const k = index(rest[0]);
    if (k === null) return null;
    path.push(k);
  }
  if (rest.length === 2) {
    const line = rest[1]!.startsWith('d') ? index(rest[1]!.slice(1)) : null;
    if (line === null) return null;
    path.push(line);
  }
  return checked(layout, path);
}

function checked(layout: Layout, path: NodePath): NodePath | null {
  return nodeAt(layout, path) ? path : null;
}
