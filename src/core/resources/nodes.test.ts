import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimateNodes, parseNodeShape } from './nodes';
import { packFirstFitDecreasing, type PodKind } from './pack';
import { quantity } from './quantity';

/** First fit decreasing one pod at a time: the obvious algorithm the counted version must match. */
function packOneByOne(kinds: readonly PodKind[], node: readonly bigint[], order: readonly number[]): bigint {
  const nodes: bigint[][] = [];
  for (const k of order) {
    const { need, count } = kinds[k]!;
    if (need.some((n, d) => n > node[d]!)) continue;
    for (let p = 0n; p < count; p++) {
      const host = nodes.find((free) => free.every((f, d) => f >= need[d]!));
      if (host) need.forEach((n, d) => (host[d] = host[d]! - n));
      else nodes.push(node.map((c, d) => c - need[d]!));
    }
  }
  return BigInt(nodes.length);
}

describe('first-fit-decreasing packing on counts', () => {
  it('matches placing pods one at a time', () => {
    const node = [8n, 16n];
    const kind = fc.record({
      need: fc.tuple(fc.bigInt({ min: 0n, max: 9n }), fc.bigInt({ min: 0n, max: 17n })),
      count: fc.bigInt({ min: 0n, max: 12n }),
    });
    fc.assert(
      fc.property(fc.array(kind, { maxLength: 5 }), (kinds) => {
        // The counted packing sorts by dominant share (stable); replay that order one pod at a time.
        const share = (k: PodKind) => Math.max(Number(k.need[0]) / 8, Number(k.need[1]) / 16);
        const order = kinds.map((_, i) => i).sort((a, b) => share(kinds[b]!) - share(kinds[a]!) || a - b);
        expect(packFirstFitDecreasing(kinds, node).nodes).toBe(packOneByOne(kinds, node, order));
      }),
    );
  });

  it('reports the pods no node can hold', () => {
    const packing = packFirstFitDecreasing(
      [
        { need: [16n], count: 3n },
        { need: [4n], count: 5n },
      ],
      [8n],
    );
    expect(packing).toEqual({ nodes: 3n, unplaced: [3n, 0n] });
  });
});

describe('node estimates', () => {
  const shape = parseNodeShape({ cpu: '4', memory: '16Gi', pods: 3 }).shape;
  const pod = (cpu: string, memory: string) =>
    new Map([
      ['cpu', quantity(cpu)],
      ['memory', quantity(memory)],
    ]);

  it('gives a lower bound per resource and a packing, and counts pods against the pods limit', () => {
    const estimate = estimateNodes([{ label: 'small', requests: pod('100m', '128Mi'), count: 10n }], shape);
    // cpu 1 / 4 -> 1 node, memory 1.25Gi / 16Gi -> 1 node, but only 3 pods per node -> 4 nodes.
    expect(Object.fromEntries(estimate.byResource)).toEqual({ cpu: 1n, memory: 1n, pods: 4n });
    expect(estimate.lowerBound).toBe(4n);
    expect(estimate.firstFit).toBe(4n);
  });

  it('keeps the bound and the packing apart when whole pods waste room', () => {
    // Three pods of 3 cpu: 9 cpu / 4 -> at least 3 nodes by cpu; whole pods need 3 nodes too, but
    // pods of 2.5 cpu show the gap: 7.5 / 4 -> bound 2, packing 3.
    const estimate = estimateNodes([{ label: 'wide', requests: pod('2500m', '1Gi'), count: 3n }], shape);
    expect(estimate.lowerBound).toBe(2n);
    expect(estimate.firstFit).toBe(3n);
  });

  it('refuses junk in the shape with a reason', () => {
    const { problems } = parseNodeShape({ cpu: 'lots', memory: '-1Gi' });
    expect(problems.map((p) => p.message)).toEqual([
      'cpu: expected a number with an optional unit, like 500m, 2, 1.5Gi or 1e3',
      'memory: cannot be negative',
    ]);
  });
});
