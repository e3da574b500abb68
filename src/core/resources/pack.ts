/**
 * First-fit-decreasing bin packing of whole pods onto identical nodes, on counts rather than pods: pods
 * come in kinds (one per clique template) with a bigint count each, and nodes are kept as runs of
 * identical nodes. Putting n pods of one kind first-fit fills the earliest node with room until it is
 * full, then the next: exactly what placing them one at a time would do, in O(kinds x runs) steps, so
 * a billion pods pack as fast as ten.
 *
 * Vectors are in scheduler units (millicores, bytes, devices), one entry per node dimension.
 */

export interface PodKind {
  readonly need: readonly bigint[];
  readonly count: bigint;
}

export interface Packing {
  /** Nodes used. */
  readonly nodes: bigint;
  /** Per kind (input order): pods that fit no node of this shape. */
  readonly unplaced: readonly bigint[];
}

interface Run {
  free: bigint[];
  count: bigint;
}

/** How many pods of `need` fit in `free` (null when the pod needs nothing: then any node takes them all). */
function fits(free: readonly bigint[], need: readonly bigint[]): bigint | null {
  let n: bigint | null = null;
  for (let d = 0; d < need.length; d++) {
    const want = need[d]!;
    if (want === 0n) continue;
    const k = free[d]! / want;
    if (n === null || k < n) n = k;
  }
  return n;
}

function minus(free: readonly bigint[], need: readonly bigint[], times: bigint): bigint[] {
  return free.map((f, d) => f - need[d]! * times);
}

/** Largest share of a node one pod takes, as a fraction [numerator, denominator]. */
function dominantShare(need: readonly bigint[], node: readonly bigint[]): [bigint, bigint] {
  let best: [bigint, bigint] = [0n, 1n];
  need.forEach((want, d) => {
    const cap = node[d]!;
    if (cap > 0n && want * best[1] > best[0] * cap) best = [want, cap];
  });
  return best;
}

/** Places `count` pods into the runs, first fit; returns the pods left over. */
function placeIntoRuns(runs: Run[], need: readonly bigint[], count: bigint): bigint {
  let left = count;
  for (let r = 0; r < runs.length && left > 0n; r++) {
    const run = runs[r]!;
    const each = fits(run.free, need);
    if (each === null) return 0n; // needs nothing: the first node takes them
    if (each === 0n) continue;
    if (left >= run.count * each) {
      run.free = minus(run.free, need, each);
      left -= run.count * each;
      continue;
    }
    const full = left / each;
    const rest = left % each;
    const split: Run[] = [];
    if (full > 0n) split.push({ free: minus(run.free, need, each), count: full });
    if (rest > 0n) split.push({ free: minus(run.free, need, rest), count: 1n });
    const untouched = run.count - full - (rest > 0n ? 1n : 0n);
    if (untouched > 0n) split.push({ free: run.free, count: untouched });
    runs.splice(r, 1, ...split);
    return 0n;
  }
  return left;
}

export function packFirstFitDecreasing(kinds: readonly PodKind[], node: readonly bigint[]): Packing {
  const order = kinds
    .map((kind, index) => ({ kind, index, share: dominantShare(kind.need, node) }))
    .sort((a, b) => {
      const lhs = a.share[0] * b.share[1];
      const rhs = b.share[0] * a.share[1];
      return lhs > rhs ? -1 : lhs < rhs ? 1 : a.index - b.index;
    });
  const runs: Run[] = [];
  const unplaced = kinds.map(() => 0n);
  for (const { kind, index } of order) {
    if (kind.count <= 0n) continue;
    let left = placeIntoRuns(runs, kind.need, kind.count);
    if (left === 0n) continue;
    const each = fits(node, kind.need);
    if (each === null) {
      runs.push({ free: [...node], count: 1n });
      continue;
    }
    if (each === 0n) {
      unplaced[index] = left;
      continue;
    }
    const full = left / each;
    if (full > 0n) runs.push({ free: minus(node, kind.need, each), count: full });
    left %= each;
    if (left > 0n) runs.push({ free: minus(node, kind.need, left), count: 1n });
  }
  return { nodes: runs.reduce((n, r) => n + r.count, 0n), unplaced };
}
