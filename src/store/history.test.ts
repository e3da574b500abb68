import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdits, diffEdit, invertEdits } from './history';
import type { TextEdit } from '../core/diagnostics/types';

describe('text edits', () => {
  it('applies non-overlapping edits given in any order', () => {
    const edits: TextEdit[] = [
      { range: { start: 6, end: 11 }, text: 'Grove' },
      { range: { start: 0, end: 5 }, text: 'Hi' },
    ];
    expect(applyEdits('hello world', edits)).toBe('Hi Grove');
  });

  it('applies insertions at the same offset in the order given, and inverts them', () => {
    const text = 'requests:\n  cpu: 1\n';
    const edits: TextEdit[] = [
      { range: { start: text.length, end: text.length }, text: '  gpu: 1\n' },
      { range: { start: text.length, end: text.length }, text: 'limits:\n  gpu: 1\n' },
    ];
    const next = applyEdits(text, edits);
    expect(next).toBe('requests:\n  cpu: 1\n  gpu: 1\nlimits:\n  gpu: 1\n');
    expect(applyEdits(next, invertEdits(text, edits))).toBe(text);
  });

  it('inverts edits exactly, for any text and edits (property)', () => {
    const arbitrary = fc.string({ maxLength: 60 }).chain((text) =>
      fc.tuple(
        fc.constant(text),
        fc.uniqueArray(fc.nat({ max: text.length }), { maxLength: 6 }).chain((cuts) => {
          const sorted = [...cuts].sort((a, b) => a - b);
          const pairs: [number, number][] = [];
          for (let i = 0; i + 1 < sorted.length; i += 2) pairs.push([sorted[i]!, sorted[i + 1]!]);
          return fc.tuple(
            ...pairs.map(([s, e]) =>
              fc.string({ maxLength: 8 }).map((t) => ({ range: { start: s, end: e }, text: t })),
            ),
          );
        }),
      ),
    );
    fc.assert(
      fc.property(arbitrary, ([text, edits]) => {
        const after = applyEdits(text, edits);
        expect(applyEdits(after, invertEdits(text, edits))).toBe(text);
      }),
    );
  });

  it('finds the smallest single edit between two texts (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const edits = diffEdit(a, b);
        expect(applyEdits(a, edits)).toBe(b);
        if (a === b) expect(edits).toEqual([]);
      }),
    );
    expect(diffEdit('replicas: 2', 'replicas: 3')).toEqual([{ range: { start: 10, end: 11 }, text: '3' }]);
  });
});
