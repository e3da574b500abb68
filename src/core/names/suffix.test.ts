import { describe, expect, it } from 'vitest';
import { SUFFIX_ALPHABET } from './names';
import { isPodSuffix, podSuffix, suffixProblems } from './suffix';

describe('podSuffix', () => {
  it('draws 5 characters of the alphabet, the same for the same seed and hostname', () => {
    const hosts = Array.from({ length: 500 }, (_, k) => `mn-disagg-0-frontend-${k}`);
    for (const h of hosts) {
      const s = podSuffix(0, h);
      expect(s).toMatch(new RegExp(`^[${SUFFIX_ALPHABET}]{5}$`));
      expect(podSuffix(0, h)).toBe(s);
    }
    // Different hostnames and seeds give different suffixes (no collisions in 500 draws).
    expect(new Set(hosts.map((h) => podSuffix(0, h))).size).toBe(500);
    expect(hosts.filter((h) => podSuffix(1, h) === podSuffix(0, h)).length).toBeLessThan(3);
  });

  it('uses every character of the alphabet', () => {
    const seen = new Set(Array.from({ length: 300 }, (_, k) => podSuffix(7, `h-${k}`)).join(''));
    expect([...seen].sort().join('')).toBe([...SUFFIX_ALPHABET].sort().join(''));
  });
});

describe('suffixProblems', () => {
  it('accepts what the API server generates', () => {
    expect(suffixProblems('x7k2q')).toEqual([]);
    expect(isPodSuffix('22222')).toBe(true);
  });

  it('says why a suffix cannot be generated', () => {
    expect(suffixProblems('abc')).toEqual([
      'the suffix "abc" has 3 characters; the API server appends 5',
      '"a" is not in Kubernetes\' suffix alphabet (bcdfghjklmnpqrstvwxz2456789: no vowels, no 0, 1 or 3)',
    ]);
    expect(suffixProblems('x0k1q')[0]).toMatch(/^"0", "1" are not in/);
  });
});
