import { toCount } from '../expand/count';
import { readLayout, type Layout, type Slot } from '../expand/layout';
import type { Expansion } from '../expand/types';
import type { PodCliqueSetModel } from '../model/types';
import {
  PODCLIQUE_COLUMNS,
  PODCLIQUESET_COLUMNS,
  PODGANG_COLUMNS,
  POD_COLUMNS,
  SCALING_GROUP_COLUMNS,
  header,
  shownColumns,
  type PrinterColumn,
} from './columns';
import { getObjectsCommand, getPodCliqueSetCommand, getPodsCommand } from './commands';
import type { Ordered } from './order';
import { podCliqueOrder, podGangOrder, scalingGroupOrder } from './order-objects';
import { podOrder } from './order-pods';
import { gangIndex, groupIndex, offsets, podCliqueIndex, podIndex } from './places';
import { clampWindow, PLACEHOLDER, type KubectlTable } from './table';

/**
 * The five `kubectl get` views of issue 5, from the model (for the layout and pod templates) and its
 * expansion (for the rows). Values only a cluster knows are `PLACEHOLDER`; the rest is exact.
 */

export interface KubectlOptions {
  /** The `suffixSeed` the expansion was made with (pod names are sorted by their suffix); default 0. */
  readonly suffixSeed?: number;
  /** `-o wide`. Default: true for pods (the guides' command), false for the others. */
  readonly wide?: boolean;
}

interface Source {
  readonly layout: Layout;
  readonly expansion: Expansion;
}

function emptyNote(layout: Layout): string[] {
  return layout.replicas === 0n
    ? [`spec.replicas is 0: kubectl prints "No resources found in ${layout.namespace} namespace."`]
    : [];
}

function table<T>(
  source: Source,
  command: string,
  headers: string[],
  placeholders: string[],
  ordered: Ordered<T>,
  cells: (place: T) => string[],
  notes: string[],
): KubectlTable {
  return {
    command,
    header: headers,
    placeholderColumns: placeholders,
    count: toCount(ordered.sorted.size),
    rows(start, end) {
      const [from, to] = clampWindow(ordered.sorted.size, start, end);
      const out: string[][] = [];
      for (let r = from; r < to; r++) out.push(cells(ordered.sorted.at(r)));
      return out;
    },
    approximations: ordered.approximations,
    notes: [...emptyNote(source.layout), ...notes],
  };
}

/** CRD printer columns: values from the spec are known, the rest only exist in a cluster. */
function crdCells(
  columns: readonly PrinterColumn[],
  spec: Readonly<Record<string, number | bigint>>,
): string[] {
  return columns.map((c) => {
    const field = /^\.spec\.(\w+)$/.exec(c.jsonPath)?.[1];
    const value = field === undefined ? undefined : spec[field];
    return value === undefined ? PLACEHOLDER : String(value);
  });
}

function crdPlaceholders(columns: readonly PrinterColumn[]): string[] {
  return columns.filter((c) => !/^\.spec\.\w+$/.test(c.jsonPath)).map(header);
}

function hasReadinessGates(slot: Slot): boolean {
  const gates = slot.spec.model.podSpec.readinessGates;
  return Array.isArray(gates) && gates.length > 0;
}

export function podsTable(
  model: PodCliqueSetModel,
  expansion: Expansion,
  options: KubectlOptions = {},
): KubectlTable {
  const layout = readLayout(model);
  const wide = options.wide ?? true;
  const at = offsets(layout);
  const columns = POD_COLUMNS.filter((c) => wide || !c.wide);
  const slots = [...layout.standalone, ...layout.groups.flatMap((g) => g.members)];
  const gated = slots.some(hasReadinessGates);
  return table(
    { layout, expansion },
    getPodsCommand(layout.pcs, layout.namespace, wide),
    ['NAME', ...columns.map((c) => c.header)],
    columns.filter((c) => c.header !== 'READINESS GATES' || gated).map((c) => c.header),
    podOrder(layout, options.suffixSeed ?? 0),
    (place) => [
      expansion.pods.at(podIndex(layout, at, place)).name,
      // kubectl prints <none> for a pod without readiness gates: known before anything runs.
      ...columns.map((c) =>
        c.header === 'READINESS GATES' && !hasReadinessGates(place.slot) ? '<none>' : PLACEHOLDER,
      ),
    ],
    [
      'Pod-name suffixes are placeholders drawn from a seed; the API server appends 5 random characters, and kubectl sorts by the real ones.',
    ],
  );
}

export function podCliquesTable(
  model: PodCliqueSetModel,
  expansion: Expansion,
  options: KubectlOptions = {},
) {
  const layout = readLayout(model);
  const at = offsets(layout);
  const columns = shownColumns(PODCLIQUE_COLUMNS, options.wide ?? false);
  return table(
    { layout, expansion },
    getObjectsCommand('pclq', layout.pcs, layout.namespace, options.wide ?? false),
    ['NAME', ...columns.map(header)],
    crdPlaceholders(columns),
    podCliqueOrder(layout),
    (place) => {
      const row = expansion.podCliques.at(podCliqueIndex(layout, at, place));
      return [row.name, ...crdCells(columns, { minAvailable: row.minAvailable, replicas: row.replicas })];
    },
    [],
  );
}

export function scalingGroupsTable(
  model: PodCliqueSetModel,
  expansion: Expansion,
  options: KubectlOptions = {},
) {
  const layout = readLayout(model);
  const columns = shownColumns(SCALING_GROUP_COLUMNS, options.wide ?? false);
  return table(
    { layout, expansion },
    getObjectsCommand('pcsg', layout.pcs, layout.namespace, options.wide ?? false),
    ['NAME', ...columns.map(header)],
    crdPlaceholders(columns),
    scalingGroupOrder(layout),
    (place) => {
      const row = expansion.podCliqueScalingGroups.at(groupIndex(layout, place));
      return [row.name, ...crdCells(columns, { minAvailable: row.minAvailable, replicas: row.replicas })];
    },
    [],
  );
}

export function podGangsTable(model: PodCliqueSetModel, expansion: Expansion, options: KubectlOptions = {}) {
  const layout = readLayout(model);
  const at = offsets(layout);
  return table(
    { layout, expansion },
    getObjectsCommand('pg', layout.pcs, layout.namespace, options.wide ?? false),
    ['NAME', ...PODGANG_COLUMNS.map(header)],
    crdPlaceholders(PODGANG_COLUMNS),
    podGangOrder(layout),
    (place) => [expansion.podGangs.at(gangIndex(layout, at, place)).name, PLACEHOLDER],
    [
      "The PodGang CRD (scheduler.grove.io) is not among Grove's CRDs here: NAME and AGE, as kubectl shows a CRD without printer columns.",
    ],
  );
}

export function podCliqueSetTable(
  model: PodCliqueSetModel,
  expansion: Expansion,
  options: KubectlOptions = {},
) {
  const layout = readLayout(model);
  const columns = shownColumns(PODCLIQUESET_COLUMNS, options.wide ?? false);
  const row = [layout.pcs, ...crdCells(columns, { replicas: layout.replicas })];
  const rows = layout.pcs ? [row] : [];
  return {
    command: getPodCliqueSetCommand(layout.pcs, layout.namespace),
    header: ['NAME', ...columns.map(header)],
    placeholderColumns: crdPlaceholders(columns),
    count: rows.length,
    rows(start, end) {
      const [from, to] = clampWindow(rows.length, start, end);
      return rows.slice(Number(from), Number(to)).map((r) => [...r]);
    },
    approximations: [],
    notes: [],
  } satisfies KubectlTable;
}

export interface KubectlTables {
  readonly pods: KubectlTable;
  readonly podCliques: KubectlTable;
  readonly scalingGroups: KubectlTable;
  readonly podGangs: KubectlTable;
  readonly podCliqueSet: KubectlTable;
}

/** All five views (`wide` applies to all when given; otherwise each view's default). */
export function kubectlTables(
  model: PodCliqueSetModel,
  expansion: Expansion,
  options: KubectlOptions = {},
): KubectlTables {
  return {
    pods: podsTable(model, expansion, options),
    podCliques: podCliquesTable(model, expansion, options),
    scalingGroups: scalingGroupsTable(model, expansion, options),
    podGangs: podGangsTable(model, expansion, options),
    podCliqueSet: podCliqueSetTable(model, expansion, options),
  };
}
