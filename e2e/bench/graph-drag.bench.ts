import { expect, test, type Page } from '@playwright/test';
import { manyCliques } from '../../src/ui/graph/model/testing/many-cliques';
import { openDesigner, pasteAll } from '../support/designer';

/**
 * Frame times while dragging a node of a 100-clique design (10 scaling groups of 5, 50 standalone
 * cliques, Explicit startup chains), the whole graph in view. Not part of the e2e run: started by the
 * browser benchmark config, it prints the median and 95th percentile of the frame intervals during
 * the drag, and the longest animation frames Chromium reports.
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

const percentile = (values: readonly number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};

test('dragging a node of a 100-clique graph', async ({ page }) => {
  test.setTimeout(120_000);
  await openDesigner(page);
  await pasteAll(page, manyCliques());
  const graph = page.getByRole('region', { name: 'Topology graph' });
  await expect(graph.locator('.react-flow__node-clique')).toHaveCount(100, { timeout: 30_000 });
  await expect(graph.locator('.graph-body')).toHaveAttribute('data-layout', 'ready', { timeout: 30_000 });
  await page.waitForTimeout(1000);

  const runs: Recording[] = [];
  for (const id of ['clique:s12', 'clique:g3-c2', 'clique:s37']) {
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
  const figures = {
    frames: intervals.length,
    medianMs: Number(percentile(intervals, 50).toFixed(1)),
    p95Ms: Number(percentile(intervals, 95).toFixed(1)),
    maxMs: Number(Math.max(...intervals).toFixed(1)),
    longAnimationFrames: long.length,
    longestAnimationFrameMs: long.length ? Number(Math.max(...long).toFixed(1)) : 0,
  };
  console.log(`graph drag, 100 cliques: ${JSON.stringify(figures)}`);
  test.info().annotations.push({ type: 'graph-drag-100', description: JSON.stringify(figures) });
  expect(intervals.length).toBeGreaterThan(30);
});
