import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../core/diagnostics/types';
import { diagnosticMarkdown, escapeMarkdown } from './markdown';

const diagnostic: Diagnostic = {
  severity: 'error',
  stage: 'webhook',
  code: 'clique-name-duplicate',
  type: 'Duplicate',
  path: 'spec.template.cliques[1].name',
  line: 3,
  column: 9,
  range: { start: 20, end: 27 },
  message: 'Duplicate value: "<img src=x onerror=alert(1)>"',
};

const rule = {
  title: 'Clique names must be unique',
  explanation: 'Each clique name is used in every generated `PodClique` name.',
  fix: 'Rename one of the cliques.',
};

describe('escapeMarkdown', () => {
  it('backslash-escapes every character Markdown could read as syntax', () => {
    expect(escapeMarkdown('[x](command:run) *a* `b` <i>')).toBe(
      '\\[x\\]\\(command\\:run\\) \\*a\\* \\`b\\` \\<i\\>',
    );
  });
});

describe('diagnosticMarkdown', () => {
  it('shows severity, code, title, the escaped message, the explanation and the fix', () => {
    const md = diagnosticMarkdown(diagnostic, rule);
    expect(md).toContain('**Error** `clique-name-duplicate` · Clique names must be unique');
    expect(md).toContain('\\<img src\\=x onerror\\=alert\\(1\\)\\>');
    expect(md).not.toMatch(/(^|[^\\])</); // every < is escaped
    expect(md).toContain('used in every generated `PodClique` name');
    expect(md).toContain('**Fix:** Rename one of the cliques.');
  });

  it('can leave the message to the marker hover', () => {
    const md = diagnosticMarkdown(diagnostic, rule, { withMessage: false });
    expect(md).not.toContain('Duplicate value');
    expect(md).toContain('Path: spec\\.template\\.cliques\\[1\\]\\.name');
  });

  it("prefers the diagnostic's own fix, escaped", () => {
    expect(diagnosticMarkdown({ ...diagnostic, fix: 'Rename to "a_b"' }, rule)).toContain(
      '**Fix:** Rename to \\"a\\_b\\"',
    );
  });
});
