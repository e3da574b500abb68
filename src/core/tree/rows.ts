import { toCount } from '../expand/count';
import type { Layout } from '../expand/layout';
import type { Count, Expansion, PodRow } from '../expand/types';
import { offsets, podCliqueIndex, podIndex, type Offsets } from '../kubectl/places';
import { anatomy, type NameAnatomy } from '../names/anatomy';
import { podAnatomy, podCliqueAnatomy } from '../names/anatomy-of';
import { FlatTree, type NodePath } from './flatten';
import { groveTreeShape, keyOf, nodeAt, pathOfKey, type GroveNode, type PodNode } from './grove-tree';
import { podDetailLines, type DetailLine } from './pod-details';

/**
 * Rows of the pod tree as the page shows them: plain data (structured-clone safe), a window at a time.
 * `PodTree` holds the flattened tree for one set of expanded keys; each row is built when asked for.
 */

interface RowBase {
  /** The node's key (see `grove-tree.ts`); expanding a row adds it to the expanded keys. */
  readonly key: string;
  /** Row number in the flattened tree. */
  readonly row: Count;
  readonly depth: number;
  readonly expandable: boolean;
  readonly expanded: boolean;
}

export interface ReplicaRowView extends RowBase {
  readonly kind: 'replica';
  readonly i: Count;
  /** `<pcs>-<i>`: the replica's headless Service and base PodGang. */
  readonly name: NameAnatomy;
  readonly podCliques: Count;
  readonly pods: Count;
  readonly podGangs: Count;
}

export interface ScalingGroupRowView extends RowBase {
  readonly kind: 'scalingGroup';
  readonly name: NameAnatomy;
  readonly template: string;
  readonly replicas: number;
  readonly minAvailable: number;
  /** Replicas in the base PodGang. */
  readonly baseReplicas: number;
  readonly podsPerReplica: number;
  readonly pods: Count;
}

export interface GroupReplicaRowView extends RowBase {
  readonly kind: 'groupReplica';
  readonly scalingGroup: string;
  readonly j: Count;
  readonly gangKind: 'base' | 'scaled';
  readonly podGang: NameAnatomy;
  readonly pods: number;
}

export interface PodCliqueRowView extends RowBase {
  readonly kind: 'podClique';
  readonly name: NameAnatomy;
  readonly template: string;
  readonly specTemplate: string;
  readonly scalingGroup: string | null;
  readonly pods: number;
  readonly minAvailable: number;
  readonly podGang: string;
  readonly startsAfter: readonly string[];
}

export interface PodRowView extends RowBase {
  readonly kind: 'pod';
  readonly k: Count;
  /** As kubectl shows it: generateName plus a seeded 5-character suffix. */
  readonly name: NameAnatomy;
  readonly hostname: NameAnatomy;
  readonly fqdn: NameAnatomy;
  readonly podClique: string;
  readonly template: string;
  readonly podGang: string;
}

export interface DetailRowView extends RowBase {
  readonly kind: 'detail';
  readonly line: DetailLine;
}

export type TreeRowView =
  ReplicaRowView | ScalingGroupRowView | GroupReplicaRowView | PodCliqueRowView | PodRowView | DetailRowView;

/** One kind of row without the fields every row has. */
type Content = TreeRowView extends infer R ? (R extends RowBase ? Omit<R, keyof RowBase> : never) : never;

export interface TreeSource {
  readonly layout: Layout;
  readonly expansion: Expansion;
}

export class PodTree {
  private readonly at: Offsets;
  private readonly details = new Map<string, DetailLine[]>();
  readonly flat: FlatTree;

  constructor(
    private readonly source: TreeSource,
    expandedKeys: Iterable<string>,
  ) {
    this.at = offsets(source.layout);
    const paths: NodePath[] = [];
    for (const key of expandedKeys) {
      const path = pathOfKey(source.layout, key);
      if (path) paths.push(path);
    }
    this.flat = new FlatTree(
      groveTreeShape(source.layout, (pod) => this.detailsOf(pod).length),
      paths,
    );
  }

  get count(): Count {
    return toCount(this.flat.count);
  }

  /** Rows `start` to `end` (exclusive), clamped. */
  rows(start: bigint, end: bigint): TreeRowView[] {
    const from = start < 0n ? 0n : start;
    return this.flat.slice(from, end).map((r, n) => this.view(r.path, from + BigInt(n)));
  }

  /** The row of a node given by key, or null when it is hidden or gone. */
  rowOf(key: string): Count | null {
    const path = pathOfKey(this.source.layout, key);
    const row = path ? this.flat.indexOf(path) : null;
    return row === null ? null : toCount(row);
  }

  private pod(node: PodNode): PodRow {
    return this.source.expansion.pods.at(podIndex(this.source.layout, this.at, node));
  }

  private detailsOf(node: PodNode): DetailLine[] {
    const key = keyOf(node);
    let lines = this.details.get(key);
    if (!lines) {
      lines = podDetailLines(this.pod(node));
      this.details.set(key, lines);
    }
    return lines;
  }

  private view(path: NodePath, row: bigint): TreeRowView {
    const node = nodeAt(this.source.layout, path);
    if (!node) throw new RangeError(`No tree node at ${path.join('.')}`);
    const base = {
      key: keyOf(node),
      row: toCount(row),
      depth: path.length - 1,
      expandable: node.kind !== 'detail',
      expanded: this.flat.isExpanded(path),
    };
    return { ...base, ...this.content(node) };
  }

  private content(node: GroveNode): Content {
    const { layout, expansion } = this.source;
    const owner = { name: expansion.name, namespace: expansion.namespace };
    switch (node.kind) {
      case 'replica':
        return {
          kind: 'replica',
          i: toCount(node.i),
          name: anatomy('service', { pcs: layout.pcs, pcsReplica: node.i }),
          podCliques: toCount(layout.podCliquesPerReplica),
          pods: toCount(layout.podsPerReplica),
          podGangs: toCount(layout.gangsPerReplica),
        };
      case 'scalingGroup': {
        const g = node.group;
        return {
          kind: 'scalingGroup',
          name: anatomy('scalingGroup', { pcs: layout.pcs, pcsReplica: node.i, scalingGroup: g.name }),
          template: g.name,
          replicas: g.replicas,
          minAvailable: g.minAvailable,
          baseReplicas: g.baseReplicas,
          podsPerReplica: g.podsPerReplica,
          pods: toCount(BigInt(g.replicas) * BigInt(g.podsPerReplica)),
        };
      }
      case 'groupReplica': {
        const g = node.group;
        const base = node.j < BigInt(g.minAvailable);
        return {
          kind: 'groupReplica',
          scalingGroup: g.name,
          j: toCount(node.j),
          gangKind: base ? 'base' : 'scaled',
          podGang: anatomy('podGang', {
            pcs: layout.pcs,
            pcsReplica: node.i,
            scalingGroup: g.name,
            scaledGangIndex: base ? null : node.j - BigInt(g.minAvailable),
          }),
          pods: g.podsPerReplica,
        };
      }
      case 'podClique': {
        const row = expansion.podCliques.at(podCliqueIndex(layout, this.at, node));
        return {
          kind: 'podClique',
          name: podCliqueAnatomy(owner, row),
          template: row.template,
          specTemplate: row.specTemplate,
          scalingGroup: row.scalingGroup,
          pods: row.replicas,
          minAvailable: row.minAvailable,
          podGang: row.podGang,
          startsAfter: row.startsAfter,
        };
      }
      case 'pod': {
        const pod = this.pod(node);
        return {
          kind: 'pod',
          k: pod.index,
          name: podAnatomy(owner, pod),
          hostname: podAnatomy(owner, pod, 'hostname'),
          fqdn: podAnatomy(owner, pod, 'fqdn'),
          podClique: pod.podClique,
          template: pod.template,
          podGang: pod.podGang,
        };
      }
      case 'detail':
        return { kind: 'detail', line: this.detailsOf(node.pod)[node.line]! };
    }
  }
}
