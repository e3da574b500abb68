import type { CheckRun, CheckedFile } from '../commands/run-check';
import { printed } from './diagnostic';

function fileJson(file: CheckedFile): Record<string, unknown> {
  if (!file.report || !file.parsed) return { file: file.file, error: file.error, documents: [] };
  const { lines } = file.parsed;
  return {
    file: file.file,
    documents: file.report.documents.map((doc) => ({
      index: doc.index,
      kind: doc.kind ?? null,
      name: doc.name ?? null,
      namespace: doc.namespace ?? null,
      skipped: doc.skipped,
      ...(doc.apiVersion !== undefined ? { apiVersion: doc.apiVersion } : {}),
      errors: doc.errors,
      warnings: doc.warnings,
      diagnostics: doc.diagnostics.map((d) => printed(d, lines)),
    })),
    // Problems outside any document (a file that is not text); absent when there are none.
    ...(file.report.fileDiagnostics.length > 0
      ? { diagnostics: file.report.fileDiagnostics.map((d) => printed(d, lines)) }
      : {}),
  };
}

/** `check --format json`: the shape of CLI.md (keys are only ever added). */
export function checkJson(run: CheckRun): string {
  const out = {
    valid: run.errors === 0 && !run.files.some((f) => f.error !== undefined),
    summary: {
      files: run.files.length,
      documents: run.documents,
      errors: run.errors,
      warnings: run.warnings,
      infos: run.infos,
    },
    files: run.files.map(fileJson),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
