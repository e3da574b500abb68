import { describe, expect, it } from 'vitest';
import { checkManifest } from '../check/check';
import { parseManifest } from '../parse/parse';
import { applyEdits } from '../edit';
import { seedText } from '../test-support/samples';
import { withQuickFixes } from './quickfix';

/** The text after applying the quick fix of the first diagnostic with `code`, and what the check says then. */
function fix(text: string, code: string) {
  const parsed = parseManifest(text);
  const report = checkManifest(parsed).documents[0]!;
  const diagnostic = withQuickFixes(parsed, report).find((d) => d.code === code && d.quickFix);
  expect(diagnostic, `a quick fix for ${code}`).toBeDefined();
  const next = applyEdits(text, diagnostic!.quickFix!.edits);
  return {
    title: diagnostic!.quickFix!.title,
    next,
    codes: checkManifest(next).documents[0]!.diagnostics.map((d) => d.code),
  };
}

describe('quick fixes', () => {
  it('renames a duplicate clique, and the duplicate errors go away', () => {
    const text = seedText.replace('- name: pworker', '- name: pleader');
    const { title, next, codes } = fix(text, 'clique-name-duplicate');
    expect(title).toBe('Rename this clique to "pleader-2"');
    expect(next).toContain('- name: pleader-2');
    expect(codes).not.toContain('clique-name-duplicate');
    expect(codes).not.toContain('schema-list-map-duplicate');
  });

  it('renames a misspelt field to the one it meant', () => {
    const text = seedText.replace('        replicas: 3\n', '        replicas: 3\n        minAvaliable: 2\n');
    const { next, codes } = fix(text, 'schema-unknown-field');
    expect(next).toContain('        minAvailable: 2\n');
    expect(codes).not.toContain('schema-unknown-field');
  });

  it('quotes a value kubectl would read as YAML 1.1 boolean', () => {
    const text = seedText.replace(
      '  namespace: default\n',
      '  namespace: default\n  labels:\n    enabled: on\n',
    );
    const { next, codes } = fix(text, 'yaml-1-1-scalar');
    expect(next).toContain('    enabled: "on"\n');
    expect(codes).not.toContain('yaml-1-1-scalar');
  });

  it('lowers minAvailable to the replicas', () => {
    const text = seedText.replace('        replicas: 3\n', '        replicas: 3\n        minAvailable: 5\n');
    const { next, codes } = fix(text, 'clique-min-available-above-replicas');
    expect(next).toContain('        minAvailable: 3\n');
    expect(codes).not.toContain('clique-min-available-above-replicas');
  });

  it('leaves diagnostics without a mechanical fix alone, and costs nothing when none is fixable', () => {
    const parsed = parseManifest(seedText);
    const report = checkManifest(parsed).documents[0]!;
    expect(withQuickFixes(parsed, report)).toBe(report.diagnostics);
  });
});
