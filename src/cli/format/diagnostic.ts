import type { Diagnostic } from '../../core/diagnostics/types';
import type { LineIndex } from '../../core/parse/lines';

/** A diagnostic as the command line prints it: the contract's fields, plus where it ends. */
export interface PrintedDiagnostic {
  readonly severity: Diagnostic['severity'];
  readonly stage: Diagnostic['stage'];
  readonly code: string;
  readonly type?: string;
  readonly path: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly message: string;
  readonly fix?: string;
}

export function printed(diagnostic: Diagnostic, lines: LineIndex): PrintedDiagnostic {
  const end = lines.position(diagnostic.range.end);
  return {
    severity: diagnostic.severity,
    stage: diagnostic.stage,
    code: diagnostic.code,
    ...(diagnostic.type ? { type: diagnostic.type } : {}),
    path: diagnostic.path,
    line: diagnostic.line,
    column: diagnostic.column,
    endLine: end.line,
    endColumn: end.column,
    message: diagnostic.message,
    ...(diagnostic.fix ? { fix: diagnostic.fix } : {}),
  };
}
