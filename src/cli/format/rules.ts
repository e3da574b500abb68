import type { RuleMeta } from '../../core/rules/types';

/** `rules --format json`: every rule with all its metadata. */
export function rulesJson(rules: readonly RuleMeta[]): string {
  return `${JSON.stringify({ rules }, null, 2)}\n`;
}

/** `rules --format text`: one aligned line per rule: code, stage, severity, one-line title. */
export function rulesText(rules: readonly RuleMeta[]): string {
  const width = Math.max(...rules.map((r) => r.code.length));
  const lines = rules.map(
    (r) => `${r.code.padEnd(width)}  ${r.stage.padEnd(7)}  ${r.severity.padEnd(7)}  ${r.title}`,
  );
  return `${lines.join('\n')}\n${rules.length} rules. Each is explained in docs/rules.md.\n`;
}
