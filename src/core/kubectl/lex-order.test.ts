import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lexRank, lexUnrank } from './lex-order';

/** What sorting the names does: indices ordered by their decimal text. */
function byText(n: number): bigint[] {
  return Array.from({ length: n }, (_, i) => String(i))
    .sort()
    .map((s) => BigInt(s));
}

describe('indices in kubectl order', () => {
  it('lists 0..11 as sorted names do', () => {
    const order = Array.from({ length: 12 }, (_, r) => lexUnrank(BigInt(r), 12n));
    expect(order).toEqual([0n, 1n, 10n, 11n, 2n, 3n, 4n, 5n, 6n, 7n, 8n, 9n]);
  });

  it('agrees with sorting the decimal text, both ways, for every n up to 1200', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1200 }), (n) => {
        const sorted = byText(n);
        sorted.forEach((index, rank) => {
          expect(lexUnrank(BigInt(rank), BigInt(n))).toBe(index);
          expect(lexRank(index, BigInt(n))).toBe(BigInt(rank));
        });
      }),
      { numRuns: 40 },
    );
  });

  it('finds rows of a billion replicas without listing them', () => {
    const n = 1_000_000_000n;
    expect(lexUnrank(n - 1n, n)).toBe(999_999_999n);
    expect(lexUnrank(2n, n)).toBe(10n);
    // After 1, 10, 100, ..., 100000000 come 100000001 ... in text order.
    expect(lexUnrank(10n, n)).toBe(100_000_001n);
    for (const index of [0n, 1n, 7n, 123_456_789n, 999_999_999n, 100_000_000n])
      expect(lexUnrank(lexRank(index, n), n)).toBe(index);
  });

  it('refuses positions outside the list', () => {
    expect(() => lexUnrank(5n, 5n)).toThrow(RangeError);
    expect(() => lexRank(-1n, 5n)).toThrow(RangeError);
  });
});
