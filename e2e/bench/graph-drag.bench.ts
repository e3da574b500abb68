import { expect, test, type Page } from '@playwright/test';
import { manyCliques } from '../../src/ui/graph/model/testing/many-cliques';
import { openDesigner, pasteAll } from '../support/designer';
import { reportSamples, short } from './support/figures';

/**
 * Frame times while dragging a node of a 100-clique design (10 scaling groups of 5, 50 standalone
 * cliques, Explicit startup chains), the whole graph in view. Part of the browser benchmark: it reports
 * the median and 95th percentile of the frame intervals during the drag (target: p95 within two
 * frames), and the longest animation frames Chromium reports.
 */

interface Recording {
  readonly intervals: number[];
  readonly longFrames: number[];
}

declare global {
  interface Window {
    __frames?: { times: number[]; long: number[]; on: boolean };
  }
}

async function startRecording(page: Page): Promise<void> {
  await page.evaluate(() => {
    const rec = { times: [] as number[], long: [] as number[], on: true };
    window.__frames = rec;
    const tick = (t: number) => {
      rec.times.push(t);
      if (rec.on) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    new PerformanceObserver((list) => {
      if (rec.on) for (const entry of list.getEntries()) rec.long.push(entry.duration);
    }).observe({ type: 'long-animation-frame', buffered: false });
  });
}

async function stopRecording(page: Page): Promise<Recording> {
  return page.evaluate(() => {
    const rec = window.__frames!;
    rec.on = false;
    const intervals = rec.times.slice(1).map((t, i) => t - rec.times[i]!);
    return { intervals, longFrames: rec.long };
  });
}

test('dragging a node of a 100-clique graph', async ({ page }) => {
  test.setTimeout(120_000);
  await openDesigner(page);
  await pasteAll(page, manyCliques());
  const graph = page.getByRole('region', { name: 'Topology graph' });
  await expect(graph.locator('.react-flow__node-clique')).toHaveCount(100, { timeout: 30_000 });
  await expect(graph.locator('.graph-body')).toHaveAttribute('data-layout', 'ready', { timeout: 30_000 });
  await page.waitForTimeout(1000);

  const runs: Recording[] = [];
  for (const id of short ? ['clique:s12'] : ['clique:s12', 'clique:g3-c2', 'clique:s37']) {
    const box = (await graph.locator(`.react-flow__node[data-id="${id}"]`).boundingBox())!;
    const start = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move(start.x + 2, start.y + 2);
    await startRecording(page);
    // A loop of 120 moves, about two seconds of dragging at the pace Playwright can send them.
    for (let i = 0; i < 120; i++) {
      const a = (i / 120) * 2 * Math.PI;
      await page.mouse.move(start.x + 60 * Math.sin(a), start.y + 40 * (1 - Math.cos(a)));
    }
    runs.push(await stopRecording(page));
    await page.mouse.up();
    await page.waitForTimeout(500);
  }
  const intervals = runs.flatMap((r) => r.intervals);
  const long = runs.flatMap((r) => r.longFrames);
  reportSamples(
    'drag-100',
    intervals,
    `${long.length} long animation frames${long.length ? `, longest ${Math.max(...long).toFixed(0)} ms` : ''}`,
  );
  expect(intervals.length).toBeGreaterThan(30);
});
