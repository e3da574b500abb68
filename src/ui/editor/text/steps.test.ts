import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stepEnds } from './steps';

describe('stepEnds', () => {
  it('cuts after line breaks, about every `size` characters', () => {
    expect(stepEnds('aa\nbb\ncc\n', 3)).toEqual([3, 6, 9]);
    expect(stepEnds('aa\nbb\ncc', 4)).toEqual([6, 8]);
    expect(stepEnds('short\n', 100)).toEqual([6]);
    expect(stepEnds('', 10)).toEqual([0]);
    expect(stepEnds('one very long line', 4)).toEqual([18]);
  });

  it('gives steps that join back into the text, never split a CRLF, and end every step but the last at a line end (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a\r\n]{0,200}$/), fc.integer({ min: 1, max: 50 }), (text, size) => {
        const ends = stepEnds(text, size);
        expect(ends.at(-1)).toBe(text.length);
        let start = 0;
        const parts = ends.map((end) => {
          expect(end).toBeGreaterThanOrEqual(start);
          const part = text.slice(start, end);
          start = end;
          return part;
        });
        expect(parts.join('')).toBe(text);
        for (const part of parts.slice(0, -1)) expect(part.endsWith('\n')).toBe(true);
      }),
    );
  });
});
