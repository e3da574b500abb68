/** A run of sequence `a` (`aStart..aEnd`) replaced by a run of `b` (`bStart..bEnd`); either may be empty. */
export interface Hunk {
  readonly aStart: number;
  readonly aEnd: number;
  readonly bStart: number;
  readonly bEnd: number;
}

/**
 * Myers' O((N+M)·D) difference of two sequences of integers (line ids), as the hunks that differ.
 * Returns `undefined` when more than `maxEdits` insertions plus deletions would be needed or more than
 * `maxWork` comparisons were made, so a caller can fall back to a coarser answer instead of spending
 * quadratic time on unrelated texts.
 */
export function diffSequences(
  a: Int32Array,
  b: Int32Array,
  maxEdits: number,
  maxWork: number,
): Hunk[] | undefined {
  const n = a.length;
  const m = b.length;
  const limit = Math.min(maxEdits, n + m);
  const offset = limit + 1;
  const v = new Int32Array(2 * limit + 3);
  const trace: Int32Array[] = [];
  let work = 0;
  for (let d = 0; d <= limit; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!)
          ? v[offset + k + 1]!
          : v[offset + k - 1]! + 1;
      let y = x - k;
      const snakeStart = x;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      work += x - snakeStart + 1;
      if (work > maxWork) return undefined;
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, offset, n, m, d);
    }
  }
  return undefined;
}

function backtrack(
  trace: readonly Int32Array[],
  offset: number,
  n: number,
  m: number,
  depth: number,
): Hunk[] {
  // Walk back from the end; every non-diagonal step is one inserted or deleted element.
  const hunks: Hunk[] = [];
  let x = n;
  let y = m;
  let open: { aEnd: number; bEnd: number } | undefined;
  const close = (aStart: number, bStart: number) => {
    if (open) hunks.push({ aStart, aEnd: open.aEnd, bStart, bEnd: open.bEnd });
    open = undefined;
  };
  for (let d = depth; d > 0; d--) {
    const v = trace[d]!;
    const k = x - y;
    const down = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!);
    const prevK = down ? k + 1 : k - 1;
    const prevX = v[offset + prevK]!;
    const prevY = prevX - prevK;
    if (x > prevX + (down ? 0 : 1) || y > prevY + (down ? 1 : 0)) {
      close(x, y); // a diagonal (common) run ends this hunk
      while (x > prevX + (down ? 0 : 1) && y > prevY + (down ? 1 : 0)) {
        x--;
        y--;
      }
    }
    open ??= { aEnd: x, bEnd: y };
    x = prevX;
    y = prevY;
  }
  close(x, y);
  return hunks.reverse();
}
