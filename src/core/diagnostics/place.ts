import type { Document } from 'yaml';
import type { LineIndex } from '../parse/lines';
import { locate } from '../parse/locate';
import type { YamlProblem } from '../parse/parse';
import { ruleFor } from '../rules/registry';
import type { Diagnostic, Finding, TextRange } from './types';

/** Places a finding in the text: the node at its locator, or the nearest ancestor present. */
export function placeFinding(ast: Document, lines: LineIndex, finding: Finding): Diagnostic {
  const rule = ruleFor(finding.code);
  const found = locate(ast, finding.at);
  const range: TextRange =
    finding.onKey && found.keyRange && found.depth === finding.at.length
      ? found.keyRange
      : found.depth < finding.at.length && found.keyRange
        ? found.keyRange
        : found.range;
  const { line, column } = lines.position(range.start);
  const type = finding.type ?? rule.type;
  const exact = found.depth === finding.at.length;
  const quickFix =
    finding.quickFix ??
    (finding.replaceWith && exact
      ? { title: finding.replaceWith.title, edits: [{ range, text: finding.replaceWith.text }] }
      : undefined);
  const fix = finding.fix ?? rule.fix;
  return {
    severity: rule.severity,
    stage: rule.stage,
    code: finding.code,
    ...(type && (rule.stage === 'schema' || rule.stage === 'webhook') ? { type } : {}),
    path: finding.path,
    line,
    column,
    range,
    message: finding.message,
    ...(fix ? { fix } : {}),
    ...(quickFix ? { quickFix } : {}),
  };
}

export function placeProblem(lines: LineIndex, problem: YamlProblem): Diagnostic {
  const rule = ruleFor(problem.code);
  const { line, column } = lines.position(problem.range.start);
  return {
    severity: problem.severity,
    stage: 'yaml',
    code: problem.code,
    path: '',
    line,
    column,
    range: problem.range,
    message: problem.message,
    fix: rule.fix,
  };
}

const IGNORE = /^\s*#\s*grove-designer-ignore\s+([a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*)\s*$/;

/**
 * `# grove-designer-ignore CODE[,CODE]` on the line directly above a field suppresses those warnings
 * for that field. Errors are never suppressed: Grove would still refuse the object.
 */
export function isSuppressed(lines: LineIndex, diagnostic: Diagnostic, anchorLine: number): boolean {
  if (diagnostic.severity === 'error' || anchorLine < 2) return false;
  const above = lines.text.slice(lines.lineStart(anchorLine - 1), lines.lineEnd(anchorLine - 1));
  const match = IGNORE.exec(above);
  if (!match) return false;
  return match[1]!.split(',').some((code) => code.trim() === diagnostic.code);
}
