import { expect, test, type Page } from '@playwright/test';
import { openDesigner, pasteAll } from '../support/designer';

/**
 * Scrolling the pod tree of very large designs: 100,000 pods in one clique, `spec.replicas: 100000` of
 * the naming guide's layout (1.3 million pods), and a million pods in one clique (two windows of
 * 500,000 rows). Not part of the e2e run: started by the browser benchmark config, it prints the median
 * and 95th percentile of frame intervals while scrolling, the longest task, and how many rows were in
 * the page at the end.
 */

declare global {
  interface Window {
    __scroll?: { times: number[]; long: number[]; on: boolean };
  }
}

function oneClique(pods: number): string {
  return `apiVersion: grove.io/v1alpha1
kind: PodCliqueSet
metadata:
  name: big
spec:
  replicas: 1
  template:
    cliques:
    - name: worker
      spec:
        roleName: worker
        replicas: ${pods}
        podSpec:
          containers:
          - name: w
            image: nginx
`;
}

async function record(page: Page, run: () => Promise<void>) {
  await page.evaluate(() => {
    const rec = { times: [] as number[], long: [] as number[], on: true };
    window.__scroll = rec;
    const tick = (t: number) => {
      rec.times.push(t);
      if (rec.on) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    new PerformanceObserver((list) => {
      if (rec.on) for (const e of list.getEntries()) rec.long.push(e.duration);
    }).observe({ type: 'longtask' });
  });
  await run();
  const rec = await page.evaluate(() => {
    const r = window.__scroll!;
    r.on = false;
    return { times: r.times, long: r.long };
  });
  const intervals = rec.times
    .slice(1)
    .map((t, i) => t - rec.times[i]!)
    .sort((a, b) => a - b);
  const at = (q: number) => intervals[Math.min(intervals.length - 1, Math.floor(q * intervals.length))] ?? 0;
  return { median: at(0.5), p95: at(0.95), longest: Math.max(0, ...rec.long), frames: intervals.length };
}

async function openTree(page: Page, text: string, pods: string) {
  await openDesigner(page);
  await pasteAll(page, text);
  await expect(page.getByTestId('count-pods')).toHaveText(pods);
  await page.getByRole('tab', { name: 'Pod tree', exact: true }).click();
  const tree = page.getByRole('tree');
  await expect(tree.getByRole('treeitem').first()).toBeVisible();
  return tree;
}

async function wheelThrough(page: Page, steps: number, delta: number) {
  for (let i = 0; i < steps; i++) {
    await page.mouse.wheel(0, delta);
    await page.waitForTimeout(16);
  }
}

function report(name: string, r: Awaited<ReturnType<typeof record>>, rows: number) {
  console.log(
    `${name}: frame interval median ${r.median.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms over ${r.frames} frames; longest task ${r.longest.toFixed(0)} ms; ${rows} rows in the page`,
  );
}

test('100,000 pods in one clique: wheel through, then to the last pod', async ({ page }) => {
  const tree = await openTree(page, oneClique(100_000), '100,000 pods');
  await tree.hover();
  const r = await record(page, async () => {
    await wheelThrough(page, 60, 1500);
    await tree.evaluate((e) => (e.scrollTop = e.scrollHeight));
    await expect(tree.getByRole('treeitem').filter({ hasText: 'big-0-worker-99999' })).toBeVisible();
  });
  report('100k pods', r, await tree.getByRole('treeitem').count());
});

test('spec.replicas: 100000 of the guide: to the last replica, open it, to its last row', async ({
  page,
}) => {
  await openDesigner(page);
  const seed = await page.evaluate(() => window.groveDesigner!.text());
  const tree = await openTree(
    page,
    seed.replace('  replicas: 1\n', '  replicas: 100000\n'),
    '1,300,000 pods',
  );
  await tree.hover();
  const r = await record(page, async () => {
    await wheelThrough(page, 40, 3000);
    await tree.focus();
    await page.keyboard.press('End');
    const last = tree.locator('[data-key="99999"]');
    await expect(last).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(last).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('End');
    // The last replica's last child: its decode scaling group.
    await expect(tree.locator('[data-key="99999/g:decode"]')).toBeVisible();
  });
  report('replicas 100000', r, await tree.getByRole('treeitem').count());
});

test('a million pods in one clique: the last window, to the last pod', async ({ page }) => {
  const tree = await openTree(page, oneClique(1_000_000), '1,000,000 pods');
  await tree.hover();
  const r = await record(page, async () => {
    await wheelThrough(page, 30, 5000);
    await page.getByRole('group', { name: 'Rows shown' }).getByRole('button', { name: 'Last' }).click();
    await tree.evaluate((e) => (e.scrollTop = e.scrollHeight));
    await expect(tree.getByRole('treeitem').filter({ hasText: 'big-0-worker-999999' })).toBeVisible();
  });
  report('1M pods', r, await tree.getByRole('treeitem').count());
});
