import { checkManifest, topologyBindingsIn, type CheckReport } from '../../core/check/check';
import type { ClusterSettings } from '../../core/check/settings';
import { parseManifest, type ParsedManifest } from '../../core/parse/parse';
import type { Input } from '../inputs';

/** One input after the check: its parsed text and report, or why it could not be read. */
export interface CheckedFile {
  readonly file: string;
  readonly parsed?: ParsedManifest;
  readonly report?: CheckReport;
  readonly error?: string;
}

export interface CheckRun {
  readonly files: readonly CheckedFile[];
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  readonly documents: number;
  /** Some input could not be read, or is not YAML (exit status 2). */
  readonly unreadable: boolean;
}

/**
 * Checks every input with the same operator settings. ClusterTopologyBindings found in any input count
 * as existing for all of them (each file's own are added by `checkManifest`).
 */
export function runCheck(
  inputs: readonly Input[],
  settings: ClusterSettings,
  previous: ParsedManifest | undefined,
): CheckRun {
  const parsed = inputs.map((input) => (input.text !== undefined ? parseManifest(input.text) : undefined));
  const bindings = parsed.map((p) => (p ? topologyBindingsIn(p) : []));
  const files = inputs.map((input, n): CheckedFile => {
    const text = parsed[n];
    if (!text) return { file: input.file, error: input.error ?? `cannot read ${input.file}` };
    const others = bindings.filter((_, m) => m !== n).flat();
    const cluster = { ...settings, topologyBindings: [...settings.topologyBindings, ...others] };
    const report = checkManifest(text, { cluster, ...(previous ? { previous } : {}) });
    return { file: input.file, parsed: text, report };
  });
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let documents = 0;
  let unreadable = false;
  for (const file of files) {
    if (!file.report) {
      unreadable = true;
      continue;
    }
    errors += file.report.errors;
    warnings += file.report.warnings;
    documents += file.report.documents.length;
    if (file.report.unreadable) unreadable = true;
    for (const doc of file.report.documents)
      infos += doc.diagnostics.filter((d) => d.severity === 'info').length;
  }
  return { files, errors, warnings, infos, documents, unreadable };
}

/** CLI.md's exit status: 2 when something could not be read, else 1 on errors (or warnings), else 0. */
export function exitStatus(run: CheckRun, failOn: 'error' | 'warning'): number {
  if (run.unreadable) return 2;
  if (run.errors > 0 || (failOn === 'warning' && run.warnings > 0)) return 1;
  return 0;
}
