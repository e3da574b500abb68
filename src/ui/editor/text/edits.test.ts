import { describe, expect, it } from 'vitest';
import { applyTextEdits, changesToEdits } from './edits';

describe('changesToEdits', () => {
  it('converts a typed character into an insertion at the offset before the change', () => {
    expect(changesToEdits([{ rangeOffset: 4, rangeLength: 0, text: 'x' }])).toEqual([
      { range: { start: 4, end: 4 }, text: 'x' },
    ]);
  });

  it('orders the changes of a multi-cursor event (Monaco lists them from the end) by position', () => {
    const before = 'a: 1\nb: 1\nc: 1\n';
    // Two cursors replaced both "1" of a and c with "2"; Monaco reports the later change first.
    const changes = [
      { rangeOffset: 13, rangeLength: 1, text: '2' },
      { rangeOffset: 3, rangeLength: 1, text: '2' },
    ];
    const edits = changesToEdits(changes);
    expect(edits.map((e) => e.range.start)).toEqual([3, 13]);
    expect(applyTextEdits(before, edits)).toBe('a: 2\nb: 1\nc: 2\n');
  });

  it('turns a cut into a deletion and a paste over a selection into a replacement', () => {
    const before = 'name: pleader\n';
    expect(applyTextEdits(before, changesToEdits([{ rangeOffset: 6, rangeLength: 7, text: '' }]))).toBe(
      'name: \n',
    );
    expect(applyTextEdits(before, changesToEdits([{ rangeOffset: 6, rangeLength: 1, text: 'l' }]))).toBe(
      'name: lleader\n',
    );
  });
});

describe('applyTextEdits', () => {
  it('refuses overlapping edits', () => {
    expect(() =>
      applyTextEdits('abcdef', [
        { range: { start: 1, end: 4 }, text: '' },
        { range: { start: 3, end: 5 }, text: '' },
      ]),
    ).toThrow(/overlapping/);
  });
});
