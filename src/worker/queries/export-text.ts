import { expandDocuments } from '../../cli/commands/run-expand';
import { expandJson } from '../../cli/format/expand-json';
import type { AnalysisSession } from '../../core/analysis/analyze';
import { kubectlTables, formatTable } from '../../core/kubectl';
import { queryName, type Query } from './types';

/** Pods listed by the expansion export, as `grove-designer expand` lists them by default (CLI.md). */
export const EXPORT_MAX_PODS = 10_000;

export type ExportKind = 'expand' | 'kubectl';

export const exportTextQuery = queryName<{ readonly kind: ExportKind }, string | null>('exportText');

/** The views of the active PodCliqueSet as `kubectl get` would print them, each under its command. */
function kubectlViews(session: AnalysisSession): string | null {
  const doc = session.report.documents[session.activeIndex];
  if (!doc?.model || !session.expansion) return null;
  const tables = kubectlTables(doc.model, session.expansion);
  return [tables.podCliqueSet, tables.scalingGroups, tables.podCliques, tables.podGangs, tables.pods]
    .map((table) => `$ ${table.command}\n${formatTable(table)}${table.notes.map((n) => `# ${n}\n`).join('')}`)
    .join('\n');
}

/**
 * Text exports: `expand` is exactly what `grove-designer expand --format json` prints for the file (every
 * PodCliqueSet in it; the CLI's own shaping, which is pure); `kubectl` the `kubectl get` views of the
 * active PodCliqueSet.
 */
export const exportText: Query<{ readonly kind: ExportKind }, string | null> = (session, { kind }) => {
  if (kind === 'kubectl') return kubectlViews(session);
  const { report } = session;
  return expandJson(
    expandDocuments(report.documents, report.cluster.defaultSchedulerProfile),
    EXPORT_MAX_PODS,
  );
};
