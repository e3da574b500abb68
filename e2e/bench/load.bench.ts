import { expect, test } from '@playwright/test';
import { quantile, reportFigure, short } from './support/figures';

/**
 * After load: the first frame with the topology graph drawn (its layout arrived, the nodes visible) and
 * the first frame with Monaco ready, both from navigation start, in fresh pages with an empty cache; and
 * the JavaScript the page had loaded by the time the graph was drawn.
 */

declare global {
  interface Window {
    __load?: { graph: number | null; editor: number | null };
  }
}

interface Script {
  readonly name: string;
  readonly transferred: number;
  readonly decoded: number;
  readonly end: number;
}

test('first graph paint after load, before Monaco', async ({ browser }) => {
  const runs = short ? 3 : 7;
  const graph: number[] = [];
  const editor: number[] = [];
  const before: Script[][] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(() => {
      const load = { graph: null as number | null, editor: null as number | null };
      window.__load = load;
      const afterFrame = (set: (t: number) => void) => requestAnimationFrame(() => set(performance.now()));
      const observer = new MutationObserver(() => {
        if (
          load.graph === null &&
          document.querySelector('.graph-body:not(.is-laying-out) .react-flow__node-clique')
        ) {
          load.graph = -1;
          afterFrame((t) => (load.graph = t));
        }
        if (
          load.editor === null &&
          document.querySelector('.manifest-editor[data-ready="true"] .view-line')
        ) {
          load.editor = -1;
          afterFrame((t) => (load.editor = t));
        }
        if (load.graph !== null && load.editor !== null) observer.disconnect();
      });
      observer.observe(document, { subtree: true, childList: true, attributes: true });
    });
    await page.goto('/');
    await page.waitForFunction(
      () => (window.__load?.graph ?? -1) > 0 && (window.__load?.editor ?? -1) > 0,
      undefined,
      {
        timeout: 60_000,
      },
    );
    const load = (await page.evaluate(() => window.__load))!;
    graph.push(load.graph!);
    editor.push(load.editor!);
    before.push(
      await page.evaluate((until) => {
        const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
        return entries
          .filter((e) => new URL(e.name).pathname.endsWith('.js') && e.responseEnd <= until)
          .map((e) => ({
            name: new URL(e.name).pathname.split('/').pop()!,
            transferred: e.transferSize,
            decoded: e.decodedBodySize,
            end: e.responseEnd,
          }));
      }, load.graph!),
    );
    await context.close();
  }
  const ratios = graph.map((g, i) => g / editor[i]!);
  const scripts = before[0]!;
  const kb = (bytes: number) => bytes / 1024;
  const sum = (list: Script[], key: 'transferred' | 'decoded') => list.reduce((n, s) => n + s[key], 0);
  const monacoBefore = before.some((list) => list.some((s) => /^(monaco|editor\.api)/.test(s.name)));
  reportFigure({
    id: 'first-graph-paint',
    value: quantile(ratios, 0.5),
    samples: runs,
    note: `graph ${quantile(graph, 0.5).toFixed(0)} ms, Monaco ready ${quantile(editor, 0.5).toFixed(0)} ms after navigation (medians)`,
  });
  reportFigure({
    id: 'js-before-graph',
    value: kb(
      quantile(
        before.map((l) => sum(l, 'transferred')),
        0.5,
      ),
    ),
    samples: runs,
    note: `${kb(sum(scripts, 'decoded')).toFixed(0)} KB uncompressed in ${scripts.length} files (${scripts
      .sort((a, b) => b.decoded - a.decoded)
      .slice(0, 4)
      .map((s) => `${s.name.replace(/-[\w-]{8}\.js$/, '')} ${kb(s.decoded).toFixed(0)} KB`)
      .join(', ')}); Monaco code before it: ${monacoBefore ? 'yes' : 'no'}`,
  });
  expect(monacoBefore, 'the graph is drawn without waiting for Monaco’s code').toBe(false);
});
