import { defineConfig } from '@playwright/test';
import base from './playwright.config';

/**
 * The browser benchmark (`npm run bench:browser`; `BENCH_SHORT=1` for the short mode `npm test` runs):
 * the built app in Debian's Chromium, as the e2e tests serve it, one benchmark at a time. Figures are
 * printed next to their targets by e2e/bench/reporter.ts; a benchmark fails only when a figure is five
 * times worse than its target. The JSON report goes where the CI summary counts it as tests.
 */
const short = process.env['BENCH_SHORT'] === '1';

export default defineConfig({
  ...base,
  testDir: 'e2e/bench',
  testMatch: '**/*.bench.ts',
  // Scrolling through a million pods is a study, not a figure with a target: full runs only.
  testIgnore: short ? ['**/tree-scroll.bench.ts'] : [],
  timeout: 300_000,
  outputDir: 'test-results/bench-output',
  // Tracing would slow the page down while it is measured.
  use: { ...base.use, trace: 'off' },
  reporter: [
    ['list'],
    ['./e2e/bench/reporter.ts'],
    ['json', { outputFile: `test-results/bench-browser${short ? '-short' : ''}.json` }],
  ],
});
