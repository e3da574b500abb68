import { describe, expect, it } from 'vitest';
import { parseManifest } from './parse';
import { locate, formatPath } from './locate';
import { yaml } from '../test-support/dedent';
import { samples, seedText } from '../test-support/samples';

describe('parseManifest', () => {
  it('reads every Grove sample as one PodCliqueSet without problems', () => {
    expect(samples).toHaveLength(11);
    for (const { name, text } of samples) {
      const parsed = parseManifest(text);
      expect(
        parsed.documents.map((d) => d.kind),
        name,
      ).toEqual(['PodCliqueSet']);
      expect(parsed.documents[0]!.problems, name).toEqual([]);
      expect(parsed.documents[0]!.broken, name).toBe(false);
    }
  });

  it('reads scalars as kubectl does (YAML 1.1) and notes where YAML 1.2 differs', () => {
    const doc = parseManifest(yaml`
      a: yes
      b: 010
      c: "on"
      d: 1_000
      e: 0b11
      f: 12
      on: 1
    `).documents[0]!;
    expect(doc.value).toEqual({ a: true, b: 8, c: 'on', d: 1000, e: 3, f: 12, true: 1 });
    expect(doc.scalarNotes.map((n) => formatPath(n.at))).toEqual(['a', 'b', 'd', 'e', 'true']);
  });

  it('keeps __proto__ and constructor keys as plain data', () => {
    const doc = parseManifest('__proto__: {polluted: 1}\nconstructor: x\n').documents[0]!;
    expect(Object.keys(doc.value as object)).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('keeps every non-empty document, and marks broken ones', () => {
    const parsed = parseManifest('kind: A\n---\n---\nkind: [B\n---\nkind: C\n');
    expect(parsed.documents.map((d) => [d.kind, d.broken])).toEqual([
      ['A', false],
      [undefined, true],
      ['C', false],
    ]);
    expect(parsed.documents[1]!.problems[0]!.code).toBe('yaml-syntax');
  });

  it('refuses an alias bomb without expanding it', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const doc = parseManifest(levels.join('\n')).documents[0]!;
    expect(doc.broken).toBe(true);
    expect(doc.findings[0]!.code).toBe('yaml-alias-bomb');
  });

  it('refuses nesting 10,000 deep with a finding, not a crash', () => {
    const doc = parseManifest('['.repeat(10000) + ']'.repeat(10000)).documents[0]!;
    expect(doc.broken).toBe(true);
  });

  it('says a binary file is not text', () => {
    const parsed = parseManifest('kind: A\u0000\u0001');
    expect(parsed.problems.map((p) => p.code)).toEqual(['yaml-binary']);
  });

  it('locates field paths, and the nearest ancestor of an absent one', () => {
    const doc = parseManifest(seedText).documents[0]!;
    const name = locate(doc.ast, ['spec', 'template', 'cliques', 3, 'name']);
    expect(seedText.slice(name.range.start, name.range.end)).toBe('dleader');
    const absent = locate(doc.ast, ['spec', 'template', 'cliques', 3, 'spec', 'minAvailable']);
    expect(absent.depth).toBe(5);
  });
});
