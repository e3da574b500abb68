import { describe, expect, it } from 'vitest';
import { defaultAndRead } from '../check/check';
import { expandPodCliqueSet } from '../expand';
import { parseManifest } from '../parse/parse';
import { seedText } from '../test-support/samples';
import { SORT_LIMIT } from './order';
import { compareNames } from './sorted';
import { formatWindow, windowWidths } from './table';
import { kubectlTables } from './views';

function tablesOf(text: string) {
  const model = defaultAndRead(parseManifest(text).documents[0]!.value).model;
  return kubectlTables(model, expandPodCliqueSet(model));
}

describe('huge views, a window at a time', () => {
  const billion = tablesOf(seedText.replace('replicas: 1\n', 'replicas: 1e9\n'));

  it('counts a billion PCS replicas exactly and reaches the last rows by name order', () => {
    expect(billion.pods.count).toBe(13_000_000_000);
    expect(billion.podCliques.count).toBe(7_000_000_000);
    const started = performance.now();
    const last = billion.pods.rows(13_000_000_000 - 3, 13_000_000_000).map((r) => r[0]!);
    const first = billion.pods.rows(0, 14).map((r) => r[0]!);
    const elapsed = performance.now() - started;
    // Replica 999999999 sorts last; replica 1 right after replica 0 (then 10, 100, ...).
    expect(last.every((n) => n.startsWith('mn-disagg-999999999-prefill-1-pworker-'))).toBe(true);
    expect(first[12]!.startsWith('mn-disagg-0-prefill-1-pworker-')).toBe(true);
    expect(first[13]!.startsWith('mn-disagg-1-decode-0-dleader-')).toBe(true);
    expect([...first].sort(compareNames)).toEqual(first);
    expect(elapsed).toBeLessThan(1000);
  });

  it('formats a window with the widths of another window, keeping columns still', () => {
    const widths = windowWidths(billion.podCliques, 6_999_999_990, 7_000_000_000);
    const lines = formatWindow(billion.podCliques, 0, 2, widths);
    // Names of replica 999999999 are 8 characters longer than replica 0's: NAME is padded for them.
    expect(lines[1]!.indexOf('1')).toBe(widths[0]! + 3);
    expect(lines[0]!.indexOf('MINAVAIL')).toBe(widths[0]! + 3);
  });

  it('lists a PodClique of more than SORT_LIMIT pods by index and says so', () => {
    const big = tablesOf(
      seedText.replace('replicas: 2\n        podSpec', `replicas: ${SORT_LIMIT + 1}\n        podSpec`),
    );
    expect(big.pods.count).toBe(13 - 2 + SORT_LIMIT + 1);
    expect(big.pods.approximations).toEqual([
      'Pods of frontend are listed by pod index: more than 100,000 pods are not sorted by name.',
    ]);
    const frontends = big.pods.rows(3, 6).map((r) => r[0]!);
    expect(frontends.every((n) => n.startsWith('mn-disagg-0-frontend-'))).toBe(true);
  });
});
