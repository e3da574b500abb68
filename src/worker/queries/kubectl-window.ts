import type { Count } from '../../core/expand/types';
import {
  applyCommand,
  deletePodCliqueSetCommand,
  kubectlTables,
  textWidths,
  type KubectlTables,
} from '../../core/kubectl';
import { activeParts, perSession } from './active';
import { queryName, type Query } from './types';

export type KubectlView = keyof KubectlTables;

/** Most rows of a kubectl view one window may ask for. */
export const MAX_KUBECTL_WINDOW = 500;

export interface KubectlWindowArgs {
  readonly view: KubectlView;
  readonly start: Count;
  readonly end: Count;
}

export interface KubectlWindow {
  readonly command: string;
  readonly header: readonly string[];
  /** Columns shown as `<live>`: only a running cluster knows them. */
  readonly placeholderColumns: readonly string[];
  readonly count: Count;
  readonly start: Count;
  readonly rows: readonly (readonly string[])[];
  /** Text width of each column over the header and these rows (kubectl pads each by 3, at least 6). */
  readonly widths: readonly number[];
  readonly notes: readonly string[];
  readonly approximations: readonly string[];
  readonly apply: string;
  readonly delete: string;
}

export const kubectlWindowQuery = queryName<KubectlWindowArgs, KubectlWindow | null>('kubectlWindow');

export const tablesOf = perSession((p) => kubectlTables(p.model, p.expansion));

/** A window of one `kubectl get` view, in kubectl's order. */
export const kubectlWindow: Query<KubectlWindowArgs, KubectlWindow | null> = (session, args) => {
  const parts = activeParts(session);
  if (!parts) return null;
  const table = tablesOf(parts)[args.view];
  const from = BigInt(args.start);
  const limit = from + BigInt(MAX_KUBECTL_WINDOW);
  const to = BigInt(args.end) > limit ? limit : BigInt(args.end);
  const rows = table.rows(from, to);
  const { name, namespace } = parts.expansion;
  return {
    command: table.command,
    header: table.header,
    placeholderColumns: table.placeholderColumns,
    count: table.count,
    start: args.start,
    rows,
    widths: textWidths(table.header, rows),
    notes: table.notes,
    approximations: table.approximations,
    apply: applyCommand(`${name || 'podcliqueset'}.yaml`),
    delete: deletePodCliqueSetCommand(name, namespace),
  };
};
