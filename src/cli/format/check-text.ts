import type { CheckRun } from '../commands/run-check';
import { displayName } from '../inputs';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * `check --format text`: one line per diagnostic, `file:line:column severity code message`, its fix
 * indented below, then a summary. Plain text, no colours: it is read in CI logs.
 */
export function checkText(run: CheckRun): string {
  const lines: string[] = [];
  let skipped = 0;
  for (const file of run.files) {
    const name = displayName(file.file);
    if (!file.report) {
      lines.push(`${name}: error ${file.error ?? 'cannot be read'}`);
      continue;
    }
    const diagnostics = [
      ...file.report.fileDiagnostics,
      ...file.report.documents.flatMap((doc) => doc.diagnostics),
    ];
    skipped += file.report.documents.filter((doc) => doc.skipped).length;
    for (const d of diagnostics) {
      lines.push(`${name}:${d.line}:${d.column} ${d.severity} ${d.code} ${d.message}`);
      if (d.fix) lines.push(`    fix: ${d.fix}`);
    }
  }
  const notes = run.infos > 0 ? `, ${plural(run.infos, 'note')}` : '';
  const skippedText =
    skipped > 0 ? ` (${skipped} skipped: not a Grove PodCliqueSet or ClusterTopologyBinding)` : '';
  const unreadable = run.files.filter((f) => f.error !== undefined).length;
  const unreadableText = unreadable > 0 ? `, ${plural(unreadable, 'file')} could not be read` : '';
  if (lines.length > 0) lines.push('');
  lines.push(
    `${plural(run.files.length, 'file')}, ${plural(run.documents, 'document')}${skippedText}: ${plural(run.errors, 'error')}, ${plural(run.warnings, 'warning')}${notes}${unreadableText}.`,
  );
  return `${lines.join('\n')}\n`;
}
