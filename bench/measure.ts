/**
 * Timing helpers for benchmarks that report ratios measured in one run: the two sides are run in
 * alternating rounds, so load on a shared machine affects both alike, and the median ratio is reported.
 */

export interface Comparison {
  /** Median time per call of the first function, in microseconds. */
  readonly a: number;
  /** Median time per call of the second function, in microseconds. */
  readonly b: number;
  /** Median over rounds of (time of a) / (time of b). */
  readonly ratio: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function timeOnce(fn: () => unknown, calls: number): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < calls; i++) await fn();
  return ((performance.now() - start) * 1000) / calls;
}

/** Runs `a` and `b` alternately for `rounds` rounds of `calls` calls each, after a warm-up. */
export async function compare(
  a: () => unknown,
  b: () => unknown,
  { rounds = 15, calls = 20, warmup = 30 }: { rounds?: number; calls?: number; warmup?: number } = {},
): Promise<Comparison> {
  for (let i = 0; i < warmup; i++) {
    await a();
    await b();
  }
  const as: number[] = [];
  const bs: number[] = [];
  const ratios: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const ta = await timeOnce(a, calls);
    const tb = await timeOnce(b, calls);
    as.push(ta);
    bs.push(tb);
    ratios.push(ta / tb);
  }
  return { a: median(as), b: median(bs), ratio: median(ratios) };
}

export function fmtMicros(us: number): string {
  return us >= 1000 ? `${(us / 1000).toFixed(2)} ms` : `${us.toFixed(0)} µs`;
}
