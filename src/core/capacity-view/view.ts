import { toCount } from '../expand/count';
import type { Count } from '../expand/types';
import type { PodCliqueSetModel } from '../model/types';
import {
  LEVELS,
  capacity,
  estimateNodes,
  formatQuantity,
  parseNodeShape,
  resourceNames,
  capacityNodes,
  type Capacity,
  type CapacityNodes,
  type CliqueCapacity,
  type GroupCapacity,
  type Level,
  type NodeEstimate,
  type NodeShape,
  type PerLevel,
  type PodSet,
  type ResourceList,
} from '../resources';

/**
 * The capacity table the page shows: what each scope asks of the cluster at each level, as text in
 * kubectl's canonical quantities, with node counts for a node shape. Plain data for the worker to send.
 */

export type Scope = 'podClique' | 'groupReplica' | 'groupReplicas' | 'pcsReplica' | 'total';

export interface NodesCell {
  /** No placement can use fewer; null when some pods fit no node of the shape. */
  readonly lowerBound: Count | null;
  /** First-fit-decreasing packing of whole pods: that many certainly suffice. */
  readonly firstFit: Count;
  /** The resource giving the lower bound. */
  readonly boundBy: string | null;
  readonly unschedulable: readonly {
    readonly label: string;
    readonly pods: Count;
    readonly short: readonly string[];
  }[];
}

export interface LevelCell {
  readonly pods: Count;
  /** Resource name -> quantity text (`20m`, `64Mi`, `16`). */
  readonly resources: Readonly<Record<string, string>>;
  readonly nodes: NodesCell | null;
}

export interface CapacityRow {
  readonly scope: Scope;
  readonly label: string;
  readonly clique: string | null;
  readonly scalingGroup: string | null;
  /** How many of this scope one PCS replica holds (group replicas), or the PCS replicas for the total. */
  readonly times: PerLevel<Count> | null;
  /** One pod's effective request, for PodClique rows. */
  readonly perPod: Readonly<Record<string, string>> | null;
  readonly levels: PerLevel<LevelCell>;
}

/** The PodCliqueSet replica and total rows: drawn always, they count every other row. */
export function isSummaryRow(row: CapacityRow): boolean {
  return row.scope === 'pcsReplica' || row.scope === 'total';
}

export interface CapacityView {
  readonly pcs: string;
  readonly pcsReplicas: Count;
  /** Columns: cpu, memory, then extended resources by name. */
  readonly resources: readonly string[];
  readonly rows: readonly CapacityRow[];
  /**
   * Scope rows left out of `rows` by whoever answered (the worker sends the page only the rows it draws);
   * the PodCliqueSet replica and total rows are never left out, and count every row.
   */
  readonly omittedRows?: number;
  /** Values in the manifest that could not be counted. */
  readonly problems: readonly string[];
  /** The node shape as read, or null without one. */
  readonly shape: Readonly<Record<string, string>> | null;
  readonly shapeProblems: readonly string[];
}

function text(list: ResourceList): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, q] of list) out[name] = formatQuantity(q);
  return out;
}

function nodesCell(e: NodeEstimate): NodesCell {
  let boundBy: string | null = null;
  for (const [name, n] of e.byResource) if (e.lowerBound !== null && n === e.lowerBound) boundBy ??= name;
  return {
    lowerBound: e.lowerBound === null ? null : toCount(e.lowerBound),
    firstFit: toCount(e.firstFit),
    boundBy,
    unschedulable: e.unschedulable.map((u) => ({ label: u.label, pods: toCount(u.pods), short: u.short })),
  };
}

function levels(
  pods: PerLevel<bigint>,
  lists: PerLevel<ResourceList>,
  nodes: PerLevel<NodeEstimate> | undefined,
): PerLevel<LevelCell> {
  const cell = (l: Level): LevelCell => ({
    pods: toCount(pods[l]),
    resources: text(lists[l]),
    nodes: nodes ? nodesCell(nodes[l]) : null,
  });
  return { replicas: cell('replicas'), minAvailable: cell('minAvailable'), max: cell('max') };
}

function perLevel<T>(f: (l: Level) => T): PerLevel<T> {
  return { replicas: f('replicas'), minAvailable: f('minAvailable'), max: f('max') };
}

function cliqueRow(c: CliqueCapacity, nodes: CapacityNodes | null): CapacityRow {
  return {
    scope: 'podClique',
    label: c.clique,
    clique: c.clique,
    scalingGroup: c.scalingGroup,
    times: null,
    perPod: text(c.perPod.requests),
    levels: levels(c.pods, c.perPodClique, nodes?.perPodClique.get(c.clique)),
  };
}

function groupRows(g: GroupCapacity, nodes: CapacityNodes | null, shape: NodeShape | null): CapacityRow[] {
  const all = shape
    ? perLevel((l) => {
        const sets: PodSet[] = g.members.map((m) => ({
          label: m.clique,
          requests: m.perPod.requests,
          count: m.pods[l] * g.replicas[l],
        }));
        return estimateNodes(sets, shape);
      })
    : undefined;
  const replicaPods = g.podsPerReplica;
  return [
    {
      scope: 'groupReplica',
      label: g.scalingGroup,
      clique: null,
      scalingGroup: g.scalingGroup,
      times: null,
      perPod: null,
      levels: levels(replicaPods, g.perReplica, nodes?.perScalingGroupReplica.get(g.scalingGroup)),
    },
    ...g.members.map((m) => cliqueRow(m, nodes)),
    {
      scope: 'groupReplicas',
      label: g.scalingGroup,
      clique: null,
      scalingGroup: g.scalingGroup,
      times: perLevel((l) => toCount(g.replicas[l])),
      perPod: null,
      levels: levels(
        perLevel((l) => replicaPods[l] * g.replicas[l]),
        g.perPcsReplica,
        all,
      ),
    },
  ];
}

function rowsOf(c: Capacity, nodes: CapacityNodes | null, shape: NodeShape | null): CapacityRow[] {
  return [
    ...c.standalone.map((s) => cliqueRow(s, nodes)),
    ...c.groups.flatMap((g) => groupRows(g, nodes, shape)),
    {
      scope: 'pcsReplica',
      label: 'PodCliqueSet replica',
      clique: null,
      scalingGroup: null,
      times: null,
      perPod: null,
      levels: levels(c.podsPerPcsReplica, c.perPcsReplica, nodes?.perPcsReplica),
    },
    {
      scope: 'total',
      label: 'Total',
      clique: null,
      scalingGroup: null,
      times: perLevel(() => toCount(c.pcsReplicas)),
      perPod: null,
      levels: levels(c.pods, c.total, nodes?.total),
    },
  ];
}

/**
 * The capacity view of a (defaulted) model; `shapeInput` is the node shape as typed
 * (`{'nvidia.com/gpu': '8', memory: '2Ti'}`), or null for no node counts.
 */
export function capacityView(
  model: PodCliqueSetModel,
  shapeInput: Readonly<Record<string, string>> | null,
): CapacityView {
  const c = capacity(model);
  const read = shapeInput ? parseNodeShape(shapeInput) : null;
  const shape = read && read.shape.size > 0 ? read.shape : null;
  const nodes = shape ? capacityNodes(c, shape) : null;
  const used = new Set<string>();
  for (const level of LEVELS) for (const name of c.total[level].keys()) used.add(name);
  for (const s of [...c.standalone, ...c.groups.flatMap((g) => g.members)])
    for (const name of s.perPod.requests.keys()) used.add(name);
  return {
    pcs: model.name ?? '',
    pcsReplicas: toCount(c.pcsReplicas),
    resources: resourceNames(used),
    rows: rowsOf(c, nodes, shape),
    problems: c.problems.map((p) => `${p.template}: ${p.message}`),
    shape: shape ? text(shape) : null,
    shapeProblems: read?.problems.map((p) => p.message) ?? [],
  };
}
