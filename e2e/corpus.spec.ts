import { expect, test, type Page } from '@playwright/test';
import lz from 'lz-string';
import { corpus, type CorpusCase } from '../test/corpus/cases';
import { HELM_DEFAULTS } from '../src/core/check/settings';
import { applyDefaults } from '../src/core/defaults/defaults';
import { expandPodCliqueSet } from '../src/core/expand';
import { readPodCliqueSet } from '../src/core/model/read';
import { judgeSize, judgeText } from '../src/core/files/open';
import { parseManifest } from '../src/core/parse/parse';
import { formatCount } from '../src/ui/format';
import { designerText, focusEditor, guardPage, openDesigner } from './support/designer';
import {
  longTasksSince,
  pageNow,
  revisions,
  settle,
  waitForShown,
  watchBudgets,
  type LongTask,
} from './support/budgets';

/**
 * The hostile and broken input corpus (issue 7, test/corpus/cases.ts) in the browser, through each way
 * a text gets in: pasted into the editor, opened as a file, and opened from a share link. For every case:
 * a clear message (the Problems rows of the case's rules, the header's counts or its stale mark, or the
 * file tools' notice), a page that never freezes (Long Tasks API, below), no uncaught exception, console
 * error or CSP violation (guardPage), no script run from the text (no dialog, no injected element), and
 * the user's text still in the editor.
 */

guardPage();

/**
 * The goal is no main-thread task over 200 ms (issue 7); the longest task of every step is written into
 * the report (a `long-task` annotation), the run ends with a summary of the steps over the goal, and
 * `npm run bench:browser` measures typing in a 5 MB text. A test fails only when the page froze: a task
 * five times the goal (the benchmarks' rule too), which a shared, loaded machine does not reach by noise:
 * the same step measured 60 ms in one run and 150 ms in the next on the development machine. The large
 * cases' text reaches Monaco in steps of 100,000 characters, a task each (src/ui/editor/monaco/create.ts;
 * as one task, Monaco's view of the 5 MB manifest's 100,000 lines cost 150-260 ms, its own paste path
 * 500-1,000 ms).
 */
const LONG_TASK_MS = 200;
const FROZEN_MS = 5 * LONG_TASK_MS;

/** What the page should say about a text once it shows it. */
async function expectShown(page: Page, testCase: CorpusCase, text: string, fresh = false): Promise<void> {
  expect((await designerText(page)) === text, 'the text in the editor is the text given').toBe(true);
  // And Monaco shows it: a text over 200,000 characters reaches Monaco in steps after the store (see
  // src/ui/editor/monaco/create.ts), as a new value, so the view is at its top: the first line is shown.
  // (Smaller pastes go through Monaco's own paste, which scrolls to the cursor.)
  const first = text.slice(0, text.search(/\r?\n|$/));
  if (text.length > 200_000 && /^[ -~]+$/.test(first))
    await expect(page.locator('.monaco-editor .view-line').first()).toHaveText(first, { timeout: 30_000 });
  const problems = page.getByRole('region', { name: 'Problems' });
  for (const code of testCase.codes)
    await expect(problems.locator('.problem').filter({ hasText: code }).first()).toBeVisible();
  // What the header should say, from the core (the check's JSON schemas do not load here: the active
  // PodCliqueSet is read and expanded the way the check does).
  const parsed = parseManifest(text);
  const active = parsed.documents.find(
    (d) => d.apiVersion === 'grove.io/v1alpha1' && d.kind === 'PodCliqueSet' && !d.broken,
  );
  if (testCase.unreadable && !fresh) {
    // The last readable design stays, marked stale; the Problems list says why.
    await expect(page.getByTestId('stale')).toBeVisible();
  } else if (testCase.unreadable || parsed.documents.length === 0) {
    // Nothing readable, and nothing before it (a page opened from a link): nothing to show.
    await expect(page.getByTestId('stale')).toHaveCount(0);
    await expect(page.getByRole('banner', { name: 'Summary' })).toContainText('No PodCliqueSet to show yet');
  } else {
    const model = readPodCliqueSet(applyDefaults(active!.value).value);
    const pods = expandPodCliqueSet(model).totals.pods;
    await expect(page.getByTestId('count-pods')).toHaveText(`${formatCount(pods)} pods`);
    await expect(page.getByTestId('pcs-name')).toHaveText(model.name || '(no name)');
    await expect(page.getByTestId('stale')).toHaveCount(0);
  }
}

/** Nothing from the text ran: no dialog, no canary, no element made from it. */
async function expectNothingRan(page: Page, dialogs: readonly string[]): Promise<void> {
  expect(dialogs).toEqual([]);
  expect(await page.evaluate(() => window.__xss)).toBeUndefined();
  expect(await page.locator('img[src="x"], script:not([src])').count()).toBe(0);
}

/** Notes the step's longest task in the report, and fails if the page froze. */
function expectNotFrozen(step: string, tasks: readonly LongTask[]): void {
  const longest = Math.round(Math.max(0, ...tasks.map((t) => t.duration)));
  test.info().annotations.push({ type: 'long-task', description: `${step}: ${longest} ms` });
  steps.push({ where: `${test.info().titlePath.slice(1).join(' › ')}: ${step}`, ms: longest });
  expect(longest, `${step}: longest main-thread task (goal ${LONG_TASK_MS} ms)`).toBeLessThan(FROZEN_MS);
}

/** Every step's longest task in this run, for the summary printed at the end. */
const steps: { where: string; ms: number }[] = [];

test.afterAll(() => {
  if (steps.length === 0) return;
  const over = steps.filter((s) => s.ms > LONG_TASK_MS).sort((a, b) => b.ms - a.ms);
  const worst = steps.reduce((a, b) => (b.ms > a.ms ? b : a));
  console.log(
    `corpus: ${steps.length} steps, longest main-thread task ${worst.ms} ms (${worst.where}); ` +
      `${over.length} over the ${LONG_TASK_MS} ms goal${over.length ? ':' : ''}`,
  );
  for (const s of over) console.log(`  ${s.ms} ms  ${s.where}`);
});

/**
 * The results panels (their ids and names in src/ui/panels/registry.tsx), each opened with the case
 * loaded: it shows up, and opening it blocks no longer.
 */
const PANELS = [
  ['tree', 'Pod tree'],
  ['names', 'Names'],
  ['kubectl', 'kubectl'],
  ['capacity', 'Capacity'],
  ['settings', 'Cluster settings'],
  ['live', 'Compare with live'],
  ['problems', 'Problems'],
] as const;

async function visitEveryPanel(page: Page): Promise<void> {
  for (const [id, name] of PANELS) {
    const t0 = await pageNow(page);
    // CSS locators here, not roles: Playwright finds a role by working out the role of every element of
    // the page, in the page's main thread, and on the 5 MB manifest's page that alone was a 140 ms task,
    // counted against the page.
    await page.locator(`#tab-${id}`).click();
    await expect(page.locator(`section[aria-label="${name}"]`)).toBeVisible();
    await settle(page, 300);
    expectNotFrozen(`opening ${name}`, await longTasksSince(page, t0));
  }
}

/**
 * A share link for a text, in the format of src/persist/share-link.ts (which Node cannot import: lz-string
 * is CommonJS), without its length limit: a link can be crafted longer than the designer makes them.
 * The files tests check that the designer's own links open.
 */
function shareFragment(text: string): string {
  const inputs = { v: 1, text, activeDocument: 0, cluster: HELM_DEFAULTS, selection: null, positions: {} };
  return `#share=${lz.compressToEncodedURIComponent(JSON.stringify(inputs))}`;
}

for (const testCase of corpus) {
  test.describe(testCase.name, () => {
    test.setTimeout(240_000);

    test('pasted into the editor', async ({ page }) => {
      const { dialogs } = await watchBudgets(page);
      await openDesigner(page);
      const text = testCase.text();
      await settle(page);
      const before = await revisions(page);
      // The text goes on the clipboard before the clock starts: a user's clipboard already holds it.
      if (text !== '') {
        await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
        await page.evaluate((t) => navigator.clipboard.writeText(t), text);
      }
      await focusEditor(page);
      const t0 = await pageNow(page);
      await page.keyboard.press('Control+A');
      await page.keyboard.press(text === '' ? 'Delete' : 'Control+V');
      await waitForShown(page, before.requested, 180_000);
      await settle(page, 500);
      expectNotFrozen('paste', await longTasksSince(page, t0));
      await expectShown(page, testCase, text);
      await expectNothingRan(page, dialogs);
      await visitEveryPanel(page);
      await expectNothingRan(page, dialogs);
    });

    test('opened as a file', async ({ page }) => {
      const { dialogs } = await watchBudgets(page);
      await openDesigner(page);
      const seed = await designerText(page);
      const text = testCase.text();
      const name = 'hostile.yaml';
      const bytes = Buffer.from(text, 'utf8');
      const verdict = judgeSize(name, bytes.length) ?? judgeText(name, parseManifest(text));
      await settle(page);
      const before = await revisions(page);
      const [chooser] = await Promise.all([
        page.waitForEvent('filechooser'),
        page.keyboard.press('Control+O'),
      ]);
      await chooser.setFiles({ name, mimeType: 'application/yaml', buffer: bytes });
      // From here: handing the file to the page is the test runner's work (the browser's own file
      // picker does it natively); the page's part (read, judge, open) starts now.
      const t0 = await pageNow(page);
      // CSS locators until the step's tasks are read (see `visitEveryPanel`).
      const notices = page.locator('[role="status"][aria-label="Notices"]');
      if (verdict.kind === 'refused') {
        await expect(notices).toContainText(verdict.message);
        await settle(page, 500);
        expectNotFrozen('open', await longTasksSince(page, t0));
        expect(await designerText(page)).toBe(seed);
      } else {
        if (verdict.kind === 'doubtful') {
          const ask = page.getByRole('dialog', { name: 'Open it anyway?' });
          await expect(ask).toContainText(verdict.message);
          await ask.getByRole('button', { name: 'Open anyway' }).click();
        }
        await expect(notices).toContainText(`Opened ${name}`);
        await waitForShown(page, before.requested, 180_000);
        await settle(page, 500);
        expectNotFrozen('open', await longTasksSince(page, t0));
        await expectShown(page, testCase, text);
      }
      await expectNothingRan(page, dialogs);
    });

    test('opened from a share link', async ({ page }) => {
      const { dialogs } = await watchBudgets(page);
      const text = testCase.text();
      await page.goto(`/${shareFragment(text)}`);
      await expect(page.locator('[role="region"][aria-label="Manifest editor"]')).toHaveAttribute(
        'data-ready',
        'true',
        { timeout: 120_000 },
      );
      await waitForShown(page, -1, 180_000);
      await settle(page, 500);
      expectNotFrozen('load', await longTasksSince(page, 0));
      await expectShown(page, testCase, text, true);
      await expectNothingRan(page, dialogs);
    });
  });
}

test('a 5 MB paste is one undo step: Ctrl+Z gives the text before it back byte for byte', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const { dialogs } = await watchBudgets(page);
  await openDesigner(page);
  const before = await designerText(page);
  const text = corpus.find((c) => c.name === 'a 5 MB manifest')!.text();
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await focusEditor(page);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+V');
  await expect.poll(() => designerText(page), { timeout: 60_000 }).toBe(text);
  const shown = await revisions(page);
  await waitForShown(page, shown.requested - 1, 180_000);
  await settle(page, 500);
  const t0 = await pageNow(page);
  await page.keyboard.press('Control+Z');
  await expect.poll(() => designerText(page), { timeout: 60_000 }).toBe(before);
  await expect(page.getByTestId('pcs-name')).toHaveText('mn-disagg');
  await settle(page, 500);
  expectNotFrozen('undo', await longTasksSince(page, t0));
  await page.keyboard.press('Control+Shift+Z');
  await expect.poll(() => designerText(page), { timeout: 60_000 }).toBe(text);
  await expectNothingRan(page, dialogs);
});
