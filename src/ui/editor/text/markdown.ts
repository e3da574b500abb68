import type { Diagnostic } from '../../../core/diagnostics/types';
import type { RuleExplanation } from '../types';

/**
 * Escapes text so that Markdown shows it literally: user text (names, values, paths from the manifest) never
 * becomes formatting, a link or HTML. Line breaks are kept as hard breaks.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~&"'=:]/g, (c) => `\\${c}`).replace(/\r?\n/g, '  \n');
}

const SEVERITY_WORD = { error: 'Error', warning: 'Warning', info: 'Info' } as const;

/**
 * The hover of one diagnostic: rule code and severity, the message (unless the marker hover already shows it
 * as plain text), what the rule means and how to fix it. Rule texts are the project's own Markdown; everything
 * taken from the diagnostic (which quotes the manifest) is escaped.
 */
export function diagnosticMarkdown(
  d: Diagnostic,
  rule: RuleExplanation | undefined,
  options: { withMessage: boolean } = { withMessage: true },
): string {
  const lines = [`**${SEVERITY_WORD[d.severity]}** \`${d.code}\`${rule ? ` · ${rule.title}` : ''}`];
  if (options.withMessage) lines.push('', escapeMarkdown(d.message));
  if (d.path !== '') lines.push('', `Path: ${escapeMarkdown(d.path)}`);
  if (rule) lines.push('', rule.explanation);
  const fix = d.fix !== undefined ? escapeMarkdown(d.fix) : rule?.fix;
  if (fix) lines.push('', `**Fix:** ${fix}`);
  return lines.join('\n');
}
