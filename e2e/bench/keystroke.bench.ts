import { expect, test, type Page } from '@playwright/test';
import { largeManifest } from '../../test/corpus/cases';
import { manyCliques } from '../../src/ui/graph/model/testing/many-cliques';
import { designerText, gotoLineEnd, lineOf, openDesigner, pasteAll } from '../support/designer';
import { quantile, reportFigure, reportSamples, short } from './support/figures';
import {
  coreTimes,
  installRecorder,
  keyLatencies,
  startRecording,
  stopRecording,
  waitForQuiet,
} from './support/recorder';

/**
 * Keystroke to repaint (issues 3 and 7): after a few warm-up keys and a second of quiet, a name is typed
 * into a clique, a key every 100 ms (a fast typist), then erased again, with the pod tree open next to the graph: every key changes the markers,
 * the graph's labels and the tree's pod names. A key's latency runs from its keydown to the first
 * animation frame after the page committed the analysis that includes it, and after the tree showed its
 * rows. The core's time per analysis gives the million-pod recompute ratio.
 */

const PACE_MS = 100;
const TYPED = 'abcdefghijklmnopqrstuvwxy';

async function typeIntoName(page: Page, clique: string, keys: number) {
  const text = await designerText(page);
  await gotoLineEnd(page, lineOf(text, `- name: ${clique}`));
  // Warm up as a user's first keys would (the page's code is compiled by then), and let the page settle:
  // the graph's layout, the editor's tokens, the language worker.
  for (const key of ['x', 'y', 'Backspace', 'Backspace']) {
    await page.keyboard.press(key);
    await page.waitForTimeout(PACE_MS);
  }
  await waitForQuiet(page, true);
  await expect(page.locator('.graph-body[data-layout="ready"], [data-too-large="true"]').first()).toBeVisible(
    {
      timeout: 120_000,
    },
  );
  await page.waitForTimeout(1000);
  await startRecording(page);
  const half = Math.floor(keys / 2);
  for (let i = 0; i < keys; i++) {
    await page.keyboard.press(i < half ? TYPED[i % TYPED.length]! : 'Backspace');
    await page.waitForTimeout(PACE_MS);
  }
  await waitForQuiet(page, true);
  const rec = await stopRecording(page);
  expect(await designerText(page)).toBe(text); // as many keys erased as typed
  return rec;
}

async function open(page: Page, text: string | null) {
  await installRecorder(page);
  await openDesigner(page);
  if (text !== null) {
    await pasteAll(page, text);
    await expect.poll(() => designerText(page), { timeout: 60_000 }).toBe(text);
  }
  await page.getByRole('tab', { name: 'Pod tree', exact: true }).click();
  await expect(page.getByRole('tree').getByRole('treeitem').first()).toBeVisible({ timeout: 120_000 });
}

/**
 * Keys typed per design. The short run (in `npm test`) types 40, not fewer: the p95 of 16 samples is their
 * maximum, one stall of a shared machine; of 40 it is the third largest.
 */
const keys = short ? 40 : 50;

test('seed: keystroke to repaint', async ({ page }) => {
  await open(page, null);
  const rec = await typeIntoName(page, 'pworker', keys);
  const latencies = keyLatencies(rec, true);
  expect(latencies.length).toBeGreaterThan(keys * 0.8);
  reportSamples(
    'keystroke-seed',
    latencies.map((l) => l.all),
    `markers+counts+graph p95 ${quantile(
      latencies.map((l) => l.shown),
      0.95,
    ).toFixed(1)} ms; core median ${quantile(coreTimes(rec), 0.5).toFixed(1)} ms`,
  );
});

test('100 cliques: keystroke to repaint', async ({ page }) => {
  await open(page, manyCliques());
  const rec = await typeIntoName(page, 's12', keys);
  const latencies = keyLatencies(rec, true);
  expect(latencies.length).toBeGreaterThan(keys * 0.8);
  reportSamples(
    'keystroke-100',
    latencies.map((l) => l.all),
    `markers+counts+graph p95 ${quantile(
      latencies.map((l) => l.shown),
      0.95,
    ).toFixed(1)} ms; core median ${quantile(coreTimes(rec), 0.5).toFixed(1)} ms`,
  );
});

test('a million pods: recompute against the seed', async ({ page }) => {
  await open(page, null);
  const seedCore = coreTimes(await typeIntoName(page, 'pworker', keys));
  // 13 pods per PodCliqueSet replica: 76,924 replicas are 1,000,012 pods.
  await pasteAll(page, (await designerText(page)).replace('  replicas: 1\n', '  replicas: 76924\n'));
  await expect(page.getByTestId('count-pods')).toHaveText('1,000,012 pods', { timeout: 60_000 });
  const rec = await typeIntoName(page, 'pworker', keys);
  const core = coreTimes(rec);
  const ratio = quantile(core, 0.5) / quantile(seedCore, 0.5);
  reportFigure({
    id: 'recompute-million',
    value: ratio,
    samples: core.length,
    note: `core median ${quantile(core, 0.5).toFixed(1)} ms vs seed ${quantile(seedCore, 0.5).toFixed(1)} ms; keystroke p95 ${quantile(
      keyLatencies(rec, true).map((l) => l.all),
      0.95,
    ).toFixed(1)} ms`,
  });
});

test('5 MB manifest: keystroke to repaint, longest task', async ({ page }) => {
  test.setTimeout(600_000);
  const text = largeManifest(5 * 1024 * 1024);
  await open(page, text);
  const rec = await typeIntoName(page, 'c5000', short ? 10 : 50);
  const latencies = keyLatencies(rec, true);
  reportSamples(
    'keystroke-5mb',
    latencies.map((l) => l.all),
    `markers+counts+graph p95 ${quantile(
      latencies.map((l) => l.shown),
      0.95,
    ).toFixed(1)} ms; core median ${quantile(coreTimes(rec), 0.5).toFixed(0)} ms`,
  );
  reportFigure({
    id: 'longtask-5mb',
    value: Math.max(0, ...rec.longTasks.map((t) => t.duration)),
    samples: rec.longTasks.length,
    note: `${rec.longTasks.length} tasks over 50 ms`,
  });
});
