import { checkManifest, type CheckReport } from '../check/check';
import type { ClusterSettings } from '../check/settings';
import { expandPodCliqueSet } from '../expand';
import type { Expansion } from '../expand/types';
import { outlineOf } from '../outline/outline';
import { withQuickFixes } from '../quickfix/quickfix';
import { parseManifest, type ParsedManifest } from '../parse/parse';
import { countByItem, designOf } from './design';
import type { ActiveDocument, Analysis, DocumentDiagnostic, DocumentSummary } from './types';

export interface AnalyzeInput {
  readonly revision: number;
  readonly text: string;
  readonly activeDocument: number;
  readonly cluster: ClusterSettings;
  /** What the cluster has (compare with live): the manifest is then judged as an update of it. */
  readonly live?: string;
}

/** What the worker keeps between requests: the pieces row windows are read from. */
export interface AnalysisSession {
  readonly revision: number;
  readonly parsed: ParsedManifest;
  readonly report: CheckReport;
  readonly activeIndex: number;
  readonly expansion: Expansion | null;
}

/** The live object changes rarely while the text changes on every keystroke: keep its last parse. */
let lastLive: { readonly text: string; readonly parsed: ParsedManifest } | undefined;

function parsedLive(text: string): ParsedManifest {
  if (lastLive?.text !== text) lastLive = { text, parsed: parseManifest(text) };
  return lastLive.parsed;
}

function pickActive(report: CheckReport, requested: number): number {
  const isPcs = (i: number) => {
    const doc = report.documents[i];
    return doc?.kind === 'PodCliqueSet' && !doc.skipped;
  };
  if (isPcs(requested)) return requested;
  const first = report.documents.findIndex((d) => d.kind === 'PodCliqueSet' && !d.skipped);
  return first === -1 ? Math.max(0, Math.min(requested, report.documents.length - 1)) : first;
}

/** The whole derivation from the designer's inputs to what its panels show. Pure; runs in the worker. */
export function analyze(
  input: AnalyzeInput,
  clock: () => number = () => 0,
): { analysis: Analysis; session: AnalysisSession } {
  const started = clock();
  const parsed = parseManifest(input.text);
  const report = checkManifest(parsed, {
    cluster: input.cluster,
    ...(input.live !== undefined ? { previous: parsedLive(input.live) } : {}),
  });
  const documents: DocumentSummary[] = report.documents.map((d) => ({
    index: d.index,
    range: d.range,
    skipped: d.skipped,
    broken: d.broken,
    errors: d.errors,
    warnings: d.warnings,
    ...(d.kind !== undefined ? { kind: d.kind } : {}),
    ...(d.apiVersion !== undefined ? { apiVersion: d.apiVersion } : {}),
    ...(d.name !== undefined ? { name: d.name } : {}),
    ...(d.namespace !== undefined ? { namespace: d.namespace } : {}),
  }));
  const diagnostics: DocumentDiagnostic[] = [
    ...report.fileDiagnostics.map((d) => ({ ...d, document: -1 })),
    ...report.documents.flatMap((doc) =>
      withQuickFixes(parsed, doc).map((d) => ({ ...d, document: doc.index })),
    ),
  ];
  const activeIndex = pickActive(report, input.activeDocument);
  const doc = report.documents[activeIndex];
  const parsedDoc = parsed.documents[activeIndex];
  let active: ActiveDocument | null = null;
  let expansion: Expansion | null = null;
  if (doc?.model && parsedDoc && !doc.broken) {
    expansion = expandPodCliqueSet(doc.model);
    const outline = outlineOf(parsedDoc.ast);
    active = {
      index: activeIndex,
      design: designOf(doc.model, countByItem(doc.diagnostics, outline)),
      totals: expansion.totals,
      outline,
      errors: doc.errors,
      warnings: doc.warnings,
    };
  }
  const analysis: Analysis = {
    revision: input.revision,
    documents,
    diagnostics,
    errors: report.errors,
    warnings: report.warnings,
    unreadable: report.unreadable,
    activeIndex,
    active,
    elapsedMs: clock() - started,
  };
  return { analysis, session: { revision: input.revision, parsed, report, activeIndex, expansion } };
}
