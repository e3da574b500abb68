import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { minimalEdits } from './diff';
import { applyTextEdits } from './edits';

const lines = (n: number, f: (i: number) => string) =>
  Array.from({ length: n }, (_, i) => f(i) + '\n').join('');

describe('minimalEdits', () => {
  it('returns nothing for equal texts', () => {
    expect(minimalEdits('a: 1\n', 'a: 1\n')).toEqual([]);
  });

  it('replaces only the characters that differ', () => {
    expect(minimalEdits('replicas: 1\nname: x\n', 'replicas: 2\nname: x\n')).toEqual([
      { range: { start: 10, end: 11 }, text: '2' },
    ]);
  });

  it('handles pure insertions and deletions at the ends', () => {
    expect(minimalEdits('', 'abc')).toEqual([{ range: { start: 0, end: 0 }, text: 'abc' }]);
    expect(minimalEdits('abc', '')).toEqual([{ range: { start: 0, end: 3 }, text: '' }]);
    expect(minimalEdits('abc', 'abcd')).toEqual([{ range: { start: 3, end: 3 }, text: 'd' }]);
    expect(minimalEdits('aaa', 'aa')).toEqual([{ range: { start: 2, end: 3 }, text: '' }]);
  });

  it('splits changes far apart into separate hunks and leaves the lines between untouched', () => {
    // A rename touches the clique's name near the top and its reference near the bottom.
    const before = `- name: pleader\n${lines(200, (i) => `# line ${i}`)}  cliqueNames: [pleader, pworker]\n`;
    const after = before.replace('name: pleader', 'name: leader').replace('[pleader', '[leader');
    const edits = minimalEdits(before, after);
    expect(edits).toHaveLength(2);
    expect(applyTextEdits(before, edits)).toBe(after);
    const untouched = { start: before.indexOf('# line 0'), end: before.indexOf('  cliqueNames') };
    for (const e of edits)
      expect(e.range.end <= untouched.start || e.range.start >= untouched.end).toBe(true);
    expect(edits.map((e) => before.slice(e.range.start, e.range.end))).toEqual(['p', 'p']);
  });

  it('falls back to one edit for unrelated texts and stays fast on a large one', () => {
    const before = lines(150_000, (i) => `key${i}: ${i}`);
    const after = lines(150_000, (i) => `other${i}: ${i * 7}`);
    const t0 = performance.now();
    const edits = minimalEdits(before, after);
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(applyTextEdits(before, edits)).toBe(after);
  });

  it('keeps a small change in a 5 MB text small', () => {
    const before = lines(120_000, (i) => `  - name: clique-${i}      # padding to make the text larger`);
    const after = before.replace('clique-60000 ', 'clique-x ');
    const edits = minimalEdits(before, after);
    expect(edits).toEqual([
      { range: { start: before.indexOf('60000 '), end: before.indexOf('60000 ') + 5 }, text: 'x' },
    ]);
  });

  it('turns any text into any other (property)', () => {
    const line = fc.constantFrom('a: 1', 'b: 2', '- x', '', '  c: [p, q]', '# note');
    const text = fc.array(line, { maxLength: 30 }).map((ls) => ls.join('\n'));
    fc.assert(
      fc.property(text, text, (before, after) => {
        const edits = minimalEdits(before, after);
        expect(applyTextEdits(before, edits)).toBe(after);
        for (let i = 1; i < edits.length; i++)
          expect(edits[i]!.range.start).toBeGreaterThan(edits[i - 1]!.range.end);
      }),
      { numRuns: 500 },
    );
  });
});
