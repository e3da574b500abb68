#!/usr/bin/env node
// Totals every unit, property, package and browser test that `npm test` ran, from the JSON reports the
// runners write into test-results/, and prints the one line CI reads: `N passed, N failed`.
// Usage: node scripts/ci-summary.mjs <exit status of npm test>
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

const dir = 'test-results';
const status = Number(process.argv[2] ?? 0);
let passed = 0;
let failed = 0;
const seen = [];

const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')) : [];
for (const file of files) {
  let report;
  try {
    report = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
  } catch {
    continue;
  }
  if (typeof report.numPassedTests === 'number') {
    // vitest
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    seen.push(`${file}: ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
  } else if (report.stats && typeof report.stats.expected === 'number') {
    // Playwright (flaky tests passed on retry; count them as passed but say so)
    passed += report.stats.expected + (report.stats.flaky ?? 0);
    failed += report.stats.unexpected;
    seen.push(
      `${file}: ${report.stats.expected} passed, ${report.stats.flaky ?? 0} flaky, ${report.stats.unexpected} failed`,
    );
  }
}
for (const line of seen) console.log(`  ${line}`);
// A step that failed before any test could report (typecheck, lint, build) still fails the run.
if (status !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
