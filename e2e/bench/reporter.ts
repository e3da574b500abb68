import { mkdirSync, writeFileSync } from 'node:fs';
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';
import type { Figure } from './support/figures';
import { targets } from './support/targets';

/**
 * Prints the browser benchmark's figures next to their targets when the run ends, and writes them as a
 * Markdown table and JSON to test-results/bench/ (a folder the CI summary does not read).
 */
export default class BenchReporter implements Reporter {
  private readonly figures: Figure[] = [];

  onTestEnd(_test: TestCase, result: TestResult): void {
    for (const a of result.annotations)
      if (a.type === 'bench' && a.description) this.figures.push(JSON.parse(a.description) as Figure);
  }

  onEnd(_result: FullResult): void {
    if (this.figures.length === 0) return;
    const fmt = (v: number | undefined, unit: string) =>
      v === undefined
        ? ''
        : unit === 'x'
          ? `${v.toFixed(2)}x`
          : `${v.toFixed(unit === 'KB' ? 0 : 1)} ${unit}`;
    const rows = this.figures.map((f) => {
      const t = targets[f.id];
      const met =
        t.target === null
          ? '—'
          : f.value <= t.target
            ? 'met'
            : f.value <= 5 * t.target
              ? 'missed'
              : process.env['BENCH_SHORT'] === '1' && 'notJudgedInShort' in t
                ? 'over 5x (judged in full runs)'
                : 'FAILED (>5x)';
      return [
        t.label,
        f.median !== undefined ? fmt(f.median, t.unit) : fmt(f.value, t.unit),
        f.p95 !== undefined ? fmt(f.p95, t.unit) : '',
        t.goal,
        met,
        `${f.samples !== undefined ? `n=${f.samples}` : ''}${f.note ? ` ${f.note}` : ''}`.trim(),
      ];
    });
    const header = ['figure', 'median / value', 'p95', 'target', 'verdict', 'notes'];
    const mode = process.env['BENCH_SHORT'] === '1' ? 'short' : 'full';
    const markdown = [
      `Browser benchmark (${mode} run, ${new Date().toISOString()})`,
      '',
      `| ${header.join(' | ')} |`,
      `|${header.map(() => '---').join('|')}|`,
      ...rows.map((r) => `| ${r.join(' | ')} |`),
      '',
    ].join('\n');
    console.log(`\n${markdown}`);
    mkdirSync('test-results/bench', { recursive: true });
    writeFileSync(`test-results/bench/browser-${mode}.md`, markdown);
    writeFileSync(`test-results/bench/browser-${mode}.json`, JSON.stringify(this.figures, null, 2));
  }

  printsToStdio(): boolean {
    return false;
  }
}
