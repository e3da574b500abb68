import { formatTable, MAX_WINDOW } from '../../core/kubectl';
import type { Count } from '../../core/expand/types';
import { activeParts } from './active';
import { tablesOf, type KubectlView } from './kubectl-window';
import { queryName, type Query } from './types';

export interface KubectlText {
  /** The command line, then the table as kubectl prints it (at most `MAX_WINDOW` rows). */
  readonly text: string;
  readonly count: Count;
  /** Rows in `text`. */
  readonly rows: number;
}

export const kubectlTextQuery = queryName<{ readonly view: KubectlView }, KubectlText | null>('kubectlText');

/** A view as text for the clipboard. */
export const kubectlText: Query<{ readonly view: KubectlView }, KubectlText | null> = (session, { view }) => {
  const parts = activeParts(session);
  if (!parts) return null;
  const table = tablesOf(parts)[view];
  const rows = BigInt(table.count) > BigInt(MAX_WINDOW) ? MAX_WINDOW : Number(table.count);
  return { text: `$ ${table.command}\n${formatTable(table)}`, count: table.count, rows };
};
