import { expect, test, type Page } from '@playwright/test';
import type { EditorHarness } from './pages/harness';

/**
 * The manifest editor alone (e2e/pages/editor.html): a tiny in-page store, stand-in diagnostics (`BAD` is an
 * error with a quick fix, `WARN` a warning, `NOTE` an info), the Grove schemas for completion and hover.
 */
const PAGE = 'e2e/pages/editor.html';

let problems: string[] = [];

test.beforeEach(async ({ page, context, baseURL }) => {
  problems = [];
  const origin = new URL(baseURL!).origin;
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  context.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin)
      problems.push(`request: ${r.url()}`);
  });
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
    ),
  );
});

test.afterEach(() => {
  // No request leaves the origin, no console error, no CSP violation, in every test.
  expect(problems).toEqual([]);
});

async function open(page: Page, query = ''): Promise<void> {
  await page.goto(PAGE + query);
  await expect(page.locator('.monaco-editor .view-line').first()).toBeVisible();
  // Ready once the editor holds all of the text (a large one comes in steps, a task each).
  await expect(page.locator('[aria-label="Manifest editor"]')).toHaveAttribute('data-ready', 'true', {
    timeout: 60_000,
  });
}

function harness<T>(page: Page, read: (h: EditorHarness) => T): Promise<T> {
  return page.evaluate<T>(`(${read.toString()})(window.editorHarness)`);
}

/** Selects the `nth` occurrence of `needle` in the editor (focusing it), as a reveal from elsewhere does. */
async function select(page: Page, needle: string, nth = 0): Promise<void> {
  await page.evaluate(
    ([needle, nth]) => {
      const h = window.editorHarness!;
      let at = -1;
      for (let i = 0; i <= nth; i++) at = h.text.indexOf(needle, at + 1);
      if (at < 0) throw new Error(`not in the text: ${needle}`);
      h.reveal(at, at + needle.length, true);
    },
    [needle, nth] as const,
  );
  await expect(page.locator('.monaco-editor.focused')).toBeVisible();
}

/** Puts the cursor right after the `nth` occurrence of `needle`. */
async function cursorAfter(page: Page, needle: string, nth = 0): Promise<void> {
  await select(page, needle, nth);
  await page.keyboard.press('ArrowRight');
}

const text = (page: Page) => harness(page, (h) => h.text);

/** The store's text (built from the reported edits) and the Monaco model's own text agree. */
async function expectInStep(page: Page): Promise<void> {
  const model = await page.evaluate(() => window.editorHarness!.modelText());
  expect(model).toBe(await text(page));
  expect(await harness(page, (h) => h.edits.every((e) => e.consistent))).toBe(true);
}

test('shows the text at once, then Monaco with YAML colours', async ({ page }) => {
  await page.goto(PAGE);
  await expect(page.getByRole('region', { name: 'Manifest editor' })).toBeVisible();
  await expect(page.locator('.monaco-editor .view-line').first()).toBeVisible();
  await expect(page.locator('.manifest-editor__placeholder')).toHaveCount(0);
  // Monarch's YAML tokens: keys get a colour of their own (mtk1 is plain text).
  await expect(page.locator('.view-line span span').filter({ hasText: /^apiVersion$/ })).toHaveClass(
    /^mtk([02-9]|\d\d)/,
  );
  // monaco-yaml validates nothing: the seed (which omits the roleName the webhook fills) has no error marker;
  // the only marker is the page's stand-in hint on the word NOTE in the seed's comment.
  await expect(page.locator('.squiggly-hint')).toHaveCount(1);
  await expect(page.locator('.squiggly-error, .squiggly-warning')).toHaveCount(0);
  const paint = await harness(page, (h) => h.firstEditorPaint);
  test
    .info()
    .annotations.push({ type: 'first editor paint (ms)', description: String(Math.round(paint ?? -1)) });
});

test('typing reports consistent edits and shows markers from the diagnostics', async ({ page }) => {
  await open(page);
  await select(page, 'nginx:latest');
  await page.keyboard.type('BAD');
  await expect(page.locator('.squiggly-error')).toHaveCount(1);
  await select(page, 'nginx:latest');
  await page.keyboard.type('WARN');
  await expect(page.locator('.squiggly-warning')).toHaveCount(1);
  await select(page, 'nginx:latest');
  await page.keyboard.type('NOTE');
  await expect(page.locator('.squiggly-hint')).toHaveCount(1);
  expect(await text(page)).toContain('image: BAD\n');
  // Errors, warnings and info as Monaco's error, warning and hint severities (the seed's comment has a NOTE).
  const markers = await page.evaluate(() => window.editorHarness!.markers());
  expect(markers.map((m) => [m.severity, m.code]).sort()).toEqual([
    [1, 'test-note'],
    [1, 'test-note'],
    [4, 'test-warn-value'],
    [8, 'test-bad-value'],
  ]);
  expect(await harness(page, (h) => h.edits.length)).toBeGreaterThanOrEqual(3 + 4 + 4);
  await expectInStep(page);
  // Fixing it clears the marker.
  await select(page, 'BAD');
  await page.keyboard.type('nginx:1.27');
  await expect(page.locator('.squiggly-error')).toHaveCount(0);
  await expectInStep(page);
});

test('multi-cursor typing, paste and line moves report edits that rebuild the text', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await open(page);
  // Three cursors (Ctrl+D adds the next occurrence): each keystroke is one event with three changes.
  await select(page, 'nginx:latest');
  await page.keyboard.press('Control+d');
  await page.keyboard.press('Control+d');
  await page.keyboard.type('busybox');
  await expect.poll(async () => (await text(page)).split('image: busybox\n').length).toBe(4);
  await expectInStep(page);
  // A multi-line paste over a selection.
  await page.evaluate(() => navigator.clipboard.writeText('mn-pasted\n  labels:\n    a: "1"'));
  await select(page, 'mn-disagg');
  await page.keyboard.press('Control+v');
  await expect.poll(() => text(page)).toContain('name: mn-pasted\n  labels:\n    a: "1"\n');
  await expectInStep(page);
  // Alt+Down moves a line: a deletion and an insertion.
  await cursorAfter(page, 'namespace: default');
  await page.keyboard.press('Alt+ArrowDown');
  await expect.poll(() => text(page)).toContain('spec:\n  namespace: default\n');
  await expectInStep(page);
});

test('the hover shows the rule code, the explanation and the fix, with user text escaped', async ({
  page,
}) => {
  await open(page);
  await select(page, 'nginx:latest');
  await page.keyboard.type('BAD <b>bold</b> *x*');
  const squiggle = page.locator('.squiggly-error');
  await expect(squiggle).toHaveCount(1);
  await page.keyboard.press('Escape');
  const box = (await squiggle.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const hover = page.locator('.monaco-hover:visible');
  await expect(hover).toContainText('test-bad-value');
  await expect(hover).toContainText('Explanation of test-bad-value');
  await expect(hover).toContainText('Fix for test-bad-value.');
  await expect(hover).toContainText('BAD found in: image: BAD <b>bold</b> *x*');
  await expect(hover.locator('b')).toHaveCount(0);
});

test('the light bulb offers the quick fix and applies it as one user edit', async ({ page }) => {
  await open(page);
  await select(page, 'nginx:latest');
  await page.keyboard.type('BAD');
  await expect(page.locator('.squiggly-error')).toHaveCount(1);
  await page.keyboard.press('ArrowLeft');
  const before = await harness(page, (h) => h.edits.length);
  await page.keyboard.press('Control+.');
  await expect(page.locator('.action-widget').first()).toContainText('Replace BAD by GOOD');
  // Enter goes to the list once it has its focused row; before that it would type a newline.
  await expect(page.locator('.action-widget .monaco-list-row.focused').first()).toBeVisible();
  await page.keyboard.press('Enter');
  await expect.poll(() => text(page)).toContain('image: GOOD\n');
  await expect(page.locator('.squiggly-error')).toHaveCount(0);
  const after = await page.evaluate((n) => window.editorHarness!.edits.slice(n), before);
  expect(after).toHaveLength(1);
  await expectInStep(page);
});

test('Ctrl+Space offers podCliqueScalingGroups under template, from the Grove schema', async ({ page }) => {
  await open(page);
  await harness(page, (h) => h.configure({ quickSuggestions: false }));
  // Without the groups (a key already present is not offered again).
  await harness(page, (h) => h.setText(h.text.slice(0, h.text.indexOf('    podCliqueScalingGroups:'))));
  await cursorAfter(page, '  template:');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+End');
  await page.keyboard.type('    podC');
  await page.keyboard.press('Control+Space');
  const suggest = page.locator('.suggest-widget');
  await expect(suggest).toContainText('podCliqueScalingGroups');
  await page.keyboard.press('Enter');
  await expect.poll(() => text(page)).toContain('  template:\n    podCliqueScalingGroups:');
  // The same under a clique's spec: the PodCliqueSpec fields.
  await cursorAfter(page, 'roleName: pleader');
  await page.keyboard.press('Enter');
  await page.keyboard.type('sta');
  await page.keyboard.press('Control+Space');
  await expect(suggest).toContainText('startsAfter');
});

test('hover on a field shows its documentation from the CRD', async ({ page }) => {
  await open(page);
  const key = page
    .locator('.view-line span span')
    .filter({ hasText: /^cliques$/ })
    .first();
  await key.hover();
  await expect(page.locator('.monaco-hover:visible')).toContainText('PodCliqueSet (grove.io/v1alpha1)');
  await expect(page.locator('.monaco-hover:visible')).toContainText('Cliques is a slice of cliques');
});

test('completes clique names in cliqueNames and startsAfter, flow and block', async ({ page }) => {
  await open(page);
  await harness(page, (h) => h.configure({ quickSuggestions: false }));
  const suggest = page.locator('.suggest-widget');
  await harness(page, (h) => h.setText(h.text.replace('[pleader, pworker]', '[pleader, ]')));
  await cursorAfter(page, '[pleader, ');
  await page.keyboard.press('Control+Space');
  await expect(suggest).toContainText('pworker');
  await expect(suggest).toContainText('frontend');
  await expect(suggest.locator('.monaco-list-row').filter({ hasText: /^pleader/ })).toHaveCount(0);
  await page.keyboard.type('pwo');
  await page.keyboard.press('Enter');
  await expect.poll(() => text(page)).toContain('cliqueNames: [pleader, pworker]');
  // Block style under startsAfter.
  await cursorAfter(page, 'roleName: dworker');
  await page.keyboard.press('Enter');
  await page.keyboard.type('startsAfter:');
  await page.keyboard.press('Enter');
  await page.keyboard.type('- dl');
  await page.keyboard.press('Control+Space');
  await expect(suggest).toContainText('dleader');
  await page.keyboard.press('Enter');
  await expect.poll(() => text(page)).toMatch(/ startsAfter:\n +- dleader\n/);
});

test('the findings of a large text given from elsewhere land on their own lines once it is in', async ({
  page,
}) => {
  await open(page);
  // Over 200,000 characters, so the text reaches Monaco in steps, a task each, while its diagnostics
  // come with it at once; and 300 findings, more than are placed in the task that brings them.
  const expected = await page.evaluate(() => {
    const h = window.editorHarness!;
    let text = h.text;
    for (let i = 0; i < 3000; i++)
      text += i % 10 === 0 ? `# BAD comment ${i}\n` : `# filler ${i} ${'x'.repeat(70)}\n`;
    h.setText(text);
    const lines: number[] = [];
    for (let at = text.indexOf('BAD'); at !== -1; at = text.indexOf('BAD', at + 1))
      lines.push(text.slice(0, at).split('\n').length);
    return { lines, length: text.length };
  });
  expect(expected.length).toBeGreaterThan(200_000);
  expect(expected.lines).toHaveLength(300);
  await expect
    .poll(
      async () =>
        (await page.evaluate(() => window.editorHarness!.markers()))
          .filter((m) => m.code === 'test-bad-value')
          .map((m) => m.line)
          .sort((a, b) => a - b),
      { timeout: 30_000 },
    )
    .toEqual(expected.lines);
  expect(await harness(page, (h) => h.modelText())).toHaveLength(expected.length);
});

test('setText from elsewhere keeps the cursor on its line and the scroll on its content', async ({
  page,
}) => {
  await open(page);
  await cursorAfter(page, '- name: dworker');
  const edits = await harness(page, (h) => h.edits.length);
  // Two changes far apart: a comment on top and the replicas at the end.
  await harness(page, (h) => h.setText(`# added\n${h.text.replace('replicas: 1\n\n', 'replicas: 3\n\n')}`));
  expect(await harness(page, (h) => h.edits.length)).toBe(edits); // no echo
  await page.keyboard.type('-2');
  await expect.poll(() => text(page)).toContain('- name: dworker-2\n');
  // The model took both changes (the text above comes from the model's own value after typing).
  expect(await text(page)).toMatch(/^# added\n[^]*replicas: 3\n\n/);

  // Scroll: the top visible line stays when lines are inserted above it.
  await cursorAfter(page, 'cliqueNames: [dleader, dworker]');
  const topLine = () =>
    page.evaluate(() => {
      const lines = [...document.querySelectorAll<HTMLElement>('.view-lines .view-line')];
      lines.sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top));
      const editorTop = document.querySelector('.monaco-editor')!.getBoundingClientRect().top;
      return lines.find((l) => l.getBoundingClientRect().top >= editorTop)?.textContent;
    });
  const before = await topLine();
  await harness(page, (h) => h.setText(`# one\n# two\n${h.text}`));
  await expect(page.locator('.view-line').filter({ hasText: '# one' })).toHaveCount(0); // not scrolled to the top
  expect(await topLine()).toBe(before);
});

test('Ctrl+Z and Ctrl+Shift+Z / Ctrl+Y go to the store, Monaco does not undo by itself', async ({ page }) => {
  await open(page);
  await cursorAfter(page, 'name: mn-disagg');
  await page.keyboard.type('-x');
  const typed = await text(page);
  expect(typed).toContain('name: mn-disagg-x\n');
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+Shift+z');
  await page.keyboard.press('Control+y');
  expect(await harness(page, (h) => [h.undo, h.redo])).toEqual([1, 2]);
  expect(await text(page)).toBe(typed);
  await expect(page.locator('.view-line').filter({ hasText: 'name: mn-disagg-x' })).toHaveCount(1);
  // When the store undoes, the text comes back through setText.
  await harness(page, (h) => h.setText(h.text.replace('mn-disagg-x', 'mn-disagg')));
  await expect(page.locator('.view-line').filter({ hasText: 'name: mn-disagg-x' })).toHaveCount(0);
});

test('cursor moves reach the store; reveals from elsewhere do not echo', async ({ page }) => {
  await open(page);
  await select(page, 'name: pworker');
  await page.waitForTimeout(200);
  expect(await harness(page, (h) => h.cursor)).toBeNull();
  await page.keyboard.press('ArrowDown');
  await expect
    .poll(() => harness(page, (h) => h.cursor))
    .toBeGreaterThan(await harness(page, (h) => h.text.indexOf('name: pworker')));
});

test('follows the theme and the font size; the focused editor shows a focus ring', async ({ page }) => {
  await open(page);
  await expect(page.locator('.monaco-editor')).toHaveClass(/\bvs\b/);
  await harness(page, (h) => h.setTheme('dark'));
  await expect(page.locator('.monaco-editor')).toHaveClass(/vs-dark/);
  const height = () =>
    page
      .locator('.view-line')
      .first()
      .evaluate((e) => e.getBoundingClientRect().height);
  const small = await height();
  await harness(page, (h) => h.setFontSize(24));
  await expect.poll(height).toBeGreaterThan(small * 1.4);
  const region = page.getByRole('region', { name: 'Manifest editor' });
  await page.locator('.view-line').first().click();
  expect(await region.evaluate((e) => getComputedStyle(e).outlineStyle)).toBe('solid');
});

test('a 5 MB manifest opens and stays responsive', async ({ page }) => {
  test.setTimeout(120_000);
  await open(page, '?large=5000000');
  const size = await harness(page, (h) => h.text.length);
  expect(size).toBeGreaterThan(5_000_000);
  const paint = await harness(page, (h) => h.firstEditorPaint);
  // Type in the middle of the text.
  await cursorAfter(page, 'name: mn-disagg-1500');
  await harness(page, (h) => (h.keystrokeLatencies.length = 0));
  for (const key of '-abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklm') await page.keyboard.press(key);
  await expect.poll(() => harness(page, (h) => h.keystrokeLatencies.length)).toBe(50);
  expect(await text(page)).toContain(
    'name: mn-disagg-1500-abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklm\n',
  );
  const latencies = (await harness(page, (h) => h.keystrokeLatencies)).sort((a, b) => a - b);
  const median = latencies[25]!;
  const p95 = latencies[47]!;
  test.info().annotations.push({
    type: '5 MB',
    description: `first paint ${Math.round(paint ?? -1)} ms, keystroke median ${Math.round(median)} ms, p95 ${Math.round(p95)} ms`,
  });
  // Responsive, not timed: the goal is a median under 100 ms; this fails only when typing froze (five
  // times the goal, the benchmarks' rule). npm run bench:browser measures typing in 5 MB on the page.
  expect(median).toBeLessThan(5 * 100);
  // Markers still come, and the size-dependent features are off (no folding controls).
  await page.keyboard.type('BAD');
  await expect(page.locator('.squiggly-error')).toHaveCount(1);
  await expect(page.locator('.margin .codicon-folding-expanded')).toHaveCount(0);
});
