import { expect, test } from '@playwright/test';
import { targets, type FigureId, type Target } from './targets';

/** `BENCH_SHORT=1`: the short mode run by `npm test` (fewer samples, same figures). */
export const short = process.env['BENCH_SHORT'] === '1';

/** A figure as the reporter receives it (an annotation of type `bench`, JSON in the description). */
export interface Figure {
  readonly id: FigureId;
  /** The value judged against the target: the p95 of a distribution, or a single value. */
  readonly value: number;
  readonly median?: number;
  readonly p95?: number;
  readonly samples?: number;
  /** Anything else worth printing next to the figure. */
  readonly note?: string;
}

/** The value at quantile `q` (0..1) of the samples (nearest rank). */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/** Reports a distribution (judged by its p95). */
export function reportSamples(id: FigureId, samples: readonly number[], note?: string): Figure {
  const p95 = quantile(samples, 0.95);
  return reportFigure({
    id,
    value: p95,
    median: quantile(samples, 0.5),
    p95,
    samples: samples.length,
    ...(note !== undefined && { note }),
  });
}

/**
 * Hands a figure to the reporter and fails the test only when it is more than five times worse than its
 * target (targets are goals; the table shows how far off they are).
 */
export function reportFigure(figure: Figure): Figure {
  test.info().annotations.push({ type: 'bench', description: JSON.stringify(figure) });
  const t: Target = targets[figure.id];
  const { target, label } = t;
  console.log(`${label}: ${JSON.stringify(figure)}`);
  expect(Number.isFinite(figure.value), `${label}: no measurement`).toBe(true);
  if (short && t.notJudgedInShort !== undefined) {
    if (target !== null && figure.value > 5 * target)
      console.log(`${label}: over five times its target; judged in full runs only (${t.notJudgedInShort})`);
    return figure;
  }
  if (target !== null)
    expect(figure.value, `${label} is more than five times worse than its target`).toBeLessThanOrEqual(
      5 * target,
    );
  return figure;
}
