import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { applyEdits } from '../src/core/edit/text-edits';
import { writeDefaults } from '../src/core/files/defaults-text';
import { GALLERY } from '../src/core/files/gallery';
import { designerText, focusEditor, gotoLineEnd, guardPage, lineOf, openDesigner } from './support/designer';

guardPage();

const sample = (path: string) => readFileSync(new URL(`../grove/samples/${path}`, import.meta.url), 'utf8');
const seed = sample(
  'user-guide/02_pod-and-resource-naming-conventions/multinode-disaggregated-with-frontend.yaml',
);
const body = (text: string) => text.slice(text.indexOf('apiVersion:'));

/** Two PodCliqueSets and a ConfigMap, with comments and characters outside ASCII. */
const multiDocument = `# Serving stack — ünïcödé ✓ (comments are kept)
apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
data:
  note: "kept untouched"
---
${body(seed).trimEnd()}
---
${body(sample('user-guide/01_core-concepts/single-node-disaggregated.yaml'))}`;

/** What `kubectl get pcs mn-disagg -o yaml` gives back for the seed: defaults written, server fields around. */
const liveObject = (() => {
  const defaulted = applyEdits(seed, writeDefaults(seed).edits);
  return (
    body(defaulted)
      .replace(
        'metadata:\n',
        'metadata:\n  annotations:\n    kubectl.kubernetes.io/last-applied-configuration: |\n      {"apiVersion":"grove.io/v1alpha1","kind":"PodCliqueSet"}\n  creationTimestamp: "2025-06-01T10:00:00Z"\n  generation: 1\n  managedFields:\n  - apiVersion: grove.io/v1alpha1\n    fieldsType: FieldsV1\n    manager: kubectl-client-side-apply\n    operation: Update\n',
      )
      .replace(
        '  namespace: default\n',
        '  namespace: default\n  resourceVersion: "48213"\n  uid: 6f1c2f7e-2d8a-4d35-9d0e-2b1f4b1c9a10\n',
      )
      .trimEnd() + '\nstatus:\n  availableReplicas: 1\n  observedGeneration: 1\n'
  );
})();

async function dropFile(page: Page, name: string, text: string): Promise<void> {
  const transfer = await page.evaluateHandle(
    ([n, t]) => {
      const dt = new DataTransfer();
      dt.items.add(new File([t], n, { type: 'application/yaml' }));
      return dt;
    },
    [name, text] as const,
  );
  // Dropped on the editor: the page takes it, Monaco must not insert the file's text at the cursor.
  const target = page.locator('.monaco-editor').first();
  for (const type of ['dragenter', 'dragover', 'drop'])
    await target.dispatchEvent(type, { dataTransfer: transfer });
}

async function fileMenu(page: Page, item: string): Promise<void> {
  await page.getByRole('button', { name: 'File', exact: true }).click();
  await page.getByRole('menuitem', { name: item }).click();
}

/** Puts the focus in the editor on a line that is on screen (the shared helper clicks the text's top corner). */
async function focusShownLine(page: Page): Promise<void> {
  await page.locator('.monaco-editor .view-line').first().click();
  await expect(page.locator('.monaco-editor.focused')).toBeVisible();
}

const notices = (page: Page) => page.getByRole('status', { name: 'Notices', exact: true });
const saved = (page: Page) => expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');

test('a multi-document file dropped on the page opens; after an edit, Ctrl+S downloads exactly the editor text', async ({
  page,
}) => {
  await openDesigner(page);
  await dropFile(page, 'serving.yaml', multiDocument);
  await expect(page.getByTestId('pcs-name')).toHaveText('mn-disagg');
  expect(await designerText(page)).toBe(multiDocument);
  await expect(notices(page)).toContainText('Opened serving.yaml: 2 PodCliqueSets');

  const picker = page.getByRole('combobox', { name: 'Active document' });
  await expect(picker.locator('option')).toHaveText([
    '1. ConfigMap settings (kept, not checked)',
    '2. PodCliqueSet mn-disagg',
    '3. PodCliqueSet single-node-disaggregated',
  ]);
  await picker.selectOption({ index: 2 });
  await expect(page.getByTestId('pcs-name')).toHaveText('single-node-disaggregated');
  await expect(page.getByTestId('count-pods')).toHaveText('5 pods');

  const text = await designerText(page);
  await gotoLineEnd(page, lineOf(text, 'replicas: 3', 1));
  await page.keyboard.press('Backspace');
  await page.keyboard.type('4');
  await expect(page.getByTestId('count-pods')).toHaveText('6 pods');

  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Control+S')]);
  expect(download.suggestedFilename()).toBe('single-node-disaggregated.yaml');
  const bytes = readFileSync(await download.path());
  const edited = await designerText(page);
  expect(edited).toContain('ünïcödé ✓');
  expect(edited.startsWith(multiDocument.slice(0, 200))).toBe(true);
  expect(bytes.equals(Buffer.from(edited, 'utf8'))).toBe(true);
});

test('Ctrl+O opens a file; not YAML, too large or no PodCliqueSet gets a clear message, and unsaved work is not replaced without asking', async ({
  page,
}) => {
  await openDesigner(page);
  const choose = async (name: string, content: string | Buffer) => {
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Control+O')]);
    await chooser.setFiles({ name, mimeType: 'application/yaml', buffer: Buffer.from(content) });
  };

  await choose('photo.yaml', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
  await expect(notices(page)).toContainText('photo.yaml is not a YAML file');
  await choose('huge.yaml', Buffer.alloc(6 * 1024 * 1024, 0x61));
  await expect(notices(page)).toContainText('huge.yaml is 6.0 MB; the designer opens files up to 5.0 MB');
  await choose('deploy.yaml', 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\n');
  const doubt = page.getByRole('dialog', { name: 'Open it anyway?' });
  await expect(doubt).toContainText('deploy.yaml has no PodCliqueSet (it holds: Deployment)');
  await doubt.getByRole('button', { name: 'Cancel' }).click();
  expect(await designerText(page)).toBe(seed);

  // Unsaved work: the question comes first, and Cancel keeps the text.
  await gotoLineEnd(page, 1);
  await page.keyboard.type('#mine');
  const mine = await designerText(page);
  await choose('simple1.yaml', sample('simple/simple1.yaml'));
  const replace = page.getByRole('dialog', { name: 'Replace your manifest?' });
  await replace.getByRole('button', { name: 'Cancel' }).click();
  expect(await designerText(page)).toBe(mine);
  await choose('simple1.yaml', sample('simple/simple1.yaml'));
  await replace.getByRole('button', { name: 'Replace' }).click();
  await expect(page.getByTestId('pcs-name')).toHaveText('simple1');
  await focusShownLine(page);
  await page.keyboard.press('Control+Z');
  await expect.poll(() => designerText(page)).toBe(mine);
});

test('a share link opens the same manifest, settings and selection in a fresh browser', async ({
  page,
  browser,
}) => {
  await openDesigner(page);
  await page.getByRole('tab', { name: 'Cluster settings' }).click();
  await page.getByLabel('Topology-aware scheduling').check();
  const text = await designerText(page);
  await gotoLineEnd(page, lineOf(text, 'replicas: 2'));
  await page.keyboard.press('Backspace');
  await page.keyboard.type('5');
  await gotoLineEnd(page, lineOf(text, '- name: pworker'));
  await expect(page.locator('.graph-clique.is-selected')).toContainText('pworker');
  const edited = await designerText(page);

  await fileMenu(page, 'Share link…');
  const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#share=[A-Za-z0-9+\-$]+$/);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  const problems: string[] = [];
  other.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  other.on(
    'request',
    (r) =>
      !r.url().startsWith(new URL(link).origin) && !/^(data|blob):/.test(r.url()) && problems.push(r.url()),
  );
  await openDesigner(other, link);
  expect(await designerText(other)).toBe(edited);
  await expect(other.getByTestId('count-pods')).toHaveText('16 pods');
  await expect(other.locator('.graph-clique.is-selected')).toContainText('pworker');
  await other.getByRole('tab', { name: 'Cluster settings' }).click();
  await expect(other.getByLabel('Topology-aware scheduling')).toBeChecked();
  expect(new URL(other.url()).hash).toBe(''); // the design is now the saved work; a reload keeps it
  await other.reload();
  await expect.poll(() => designerText(other)).toBe(edited);
  expect(problems).toEqual([]);
  await fresh.close();
});

test('a manifest too long for a link says so', async ({ page }) => {
  await openDesigner(page);
  let state = 7;
  const noise = Array.from({ length: 50_000 }, () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return 'abcdefghijklmnopqrstuvwxyz0123456789'[state % 36];
  }).join('');
  await page.getByTestId('open-file').setInputFiles({
    name: 'long.yaml',
    mimeType: 'application/yaml',
    buffer: Buffer.from(`${seed}\n# ${noise}\n`),
  });
  await expect(page.getByTestId('pcs-name')).toHaveText('mn-disagg');
  await fileMenu(page, 'Share link…');
  await expect(notices(page)).toContainText(
    /too long for a link \([\d,]+ characters; links stop at 32,000\)/,
  );
  await expect(page.getByRole('dialog', { name: 'Share link' })).toHaveCount(0);
});

test('a reload brings back the text, the active document, settings and the open panel', async ({ page }) => {
  await openDesigner(page);
  await dropFile(page, 'serving.yaml', multiDocument);
  await page.getByRole('combobox', { name: 'Active document' }).selectOption({ index: 2 });
  await gotoLineEnd(page, 1);
  await page.keyboard.type('#edited-before-the-reload');
  await page.getByRole('tab', { name: 'Cluster settings' }).click();
  await page.getByLabel('Auto-MNNVL').check();
  const text = await designerText(page);
  await saved(page);

  await page.reload();
  await expect(page.getByTestId('count-pods')).toBeVisible();
  expect(await designerText(page)).toBe(text);
  await expect(page.getByTestId('pcs-name')).toHaveText('single-node-disaggregated');
  await expect(page.getByRole('tab', { name: 'Cluster settings' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByLabel('Auto-MNNVL')).toBeChecked();
});

test('two tabs editing the same work: each writer is told, chooses, and nothing is lost silently', async ({
  page,
  context,
}) => {
  await openDesigner(page);
  const second = await context.newPage();
  const problems: string[] = [];
  second.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  await openDesigner(second);

  await gotoLineEnd(page, 1);
  await page.keyboard.type('#first-tab');
  await saved(page);
  const banner = (p: Page) => p.getByRole('alert', { name: 'Changed in another tab' });
  await expect(banner(second)).toContainText('Another tab saved newer work');

  await gotoLineEnd(second, 1);
  await second.keyboard.type('#second-tab');
  await expect(banner(second)).toContainText('while you were editing here');
  await expect(second.getByTestId('save-status')).toHaveText('Not saved: changed in another tab');
  const secondText = await designerText(second);
  await banner(second).getByRole('button', { name: "Keep this tab's version" }).click();
  await saved(second);
  await expect(banner(second)).toHaveCount(0);

  // The first tab is told in turn, and takes the second tab's version.
  await expect(banner(page)).toContainText('Another tab saved newer work');
  expect(await designerText(page)).toContain('#first-tab');
  await banner(page).getByRole('button', { name: "Load the other tab's version" }).click();
  await expect.poll(() => designerText(page)).toBe(secondText);
  await page.reload();
  await expect.poll(() => designerText(page)).toBe(secondText);
  expect(problems).toEqual([]);
});

test('every example of the gallery opens with zero errors', async ({ page }) => {
  await openDesigner(page);
  for (const entry of GALLERY) {
    await fileMenu(page, 'Examples…');
    await page
      .getByRole('dialog', { name: 'Start from an example' })
      .getByRole('button', { name: entry.title })
      .click();
    const name = /metadata:\n {2}name: (\S+)/.exec(
      entry.id === 'blank' ? 'metadata:\n  name: my-workload' : sample(entry.id),
    )![1]!;
    await expect(page.getByTestId('pcs-name'), entry.id).toHaveText(name);
    await expect(page.getByTestId('count-errors'), entry.id).toHaveText('0 errors');
  }
  // "Reset to example" asks first, even when nothing would be lost.
  await fileMenu(page, 'Reset to example…');
  const reset = page.getByRole('dialog', { name: 'Reset to the example?' });
  await reset.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('pcs-name')).toHaveText('simple3');
  await fileMenu(page, 'Reset to example…');
  await reset.getByRole('button', { name: 'Reset', exact: true }).click();
  await expect.poll(() => designerText(page)).toBe(seed);
});

test('a live object with status and managed fields: clean it, then a changed minAvailable is refused and a changed replicas admitted', async ({
  page,
}) => {
  await openDesigner(page);
  await page.getByRole('tab', { name: 'Compare with live' }).click();
  const panel = page.getByRole('region', { name: 'Compare with live' });
  await panel.getByRole('textbox', { name: 'Live object' }).fill(liveObject);
  await panel.getByRole('button', { name: 'Compare' }).click();
  const verdict = panel.getByTestId('live-verdict');
  await expect(verdict).toContainText('Grove would admit this update');

  await panel.getByRole('button', { name: 'Edit a copy in the editor' }).click();
  await expect.poll(() => designerText(page)).toBe(liveObject);
  await panel.getByRole('button', { name: 'Clean for apply' }).click();
  await expect.poll(() => designerText(page)).not.toContain('managedFields');
  const cleaned = await designerText(page);
  for (const gone of [
    'status:',
    'resourceVersion',
    'uid:',
    'creationTimestamp',
    'generation',
    'last-applied-configuration',
  ])
    expect(cleaned).not.toContain(gone);
  expect(cleaned).toContain('minAvailable: 3');
  await focusEditor(page);
  await page.keyboard.press('Control+Z');
  await expect.poll(() => designerText(page)).toBe(liveObject); // one undo step
  await page.keyboard.press('Control+Shift+Z');
  await expect.poll(() => designerText(page)).toBe(cleaned);

  await gotoLineEnd(page, lineOf(cleaned, 'minAvailable: 3'));
  await page.keyboard.press('Backspace');
  await page.keyboard.type('2');
  await expect(verdict).toContainText('Grove would refuse this update');
  await expect(verdict).toContainText('update-min-available-immutable');
  await expect(verdict).toContainText("minAvailable of clique 'pworker' is immutable");

  await page.keyboard.press('Control+Z');
  await expect.poll(() => designerText(page)).toBe(cleaned);
  await gotoLineEnd(page, lineOf(cleaned, 'replicas: 3'));
  await page.keyboard.press('Backspace');
  await page.keyboard.type('5');
  await expect(verdict).toContainText('Grove would admit this update');
  await expect(panel).toContainText(
    'Clique "pworker": existing PodCliques keep 3 pods; 5 only applies to PodCliques created from now on.',
  );
  const pods = panel
    .getByRole('table', { name: 'What applying changes' })
    .getByRole('row', { name: /^Pods/ });
  await expect(pods.getByRole('cell')).toHaveText(['13', '13', '13', '0', '0']);
});

test('the whole graph, larger than its pane, exports as PNG and SVG in the current theme', async ({
  page,
}) => {
  const cliques = Array.from(
    { length: 24 },
    (_, i) =>
      `    - name: stage${i}\n      spec:\n        roleName: stage${i}\n        replicas: 1\n        podSpec:\n          containers:\n          - name: c\n            image: busybox\n`,
  ).join('');
  const wide = `apiVersion: grove.io/v1alpha1\nkind: PodCliqueSet\nmetadata:\n  name: wide\n  namespace: default\nspec:\n  replicas: 1\n  template:\n    cliques:\n${cliques}`;
  await openDesigner(page);
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
  await page
    .getByTestId('open-file')
    .setInputFiles({ name: 'wide.yaml', mimeType: 'application/yaml', buffer: Buffer.from(wide) });
  await expect(page.locator('.react-flow__node')).toHaveCount(25);
  const measure = () =>
    page.evaluate(() => {
      const flow = document.querySelector<HTMLElement>('.react-flow')!;
      let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
      for (const node of flow.querySelectorAll<HTMLElement>('.react-flow__node')) {
        const m = /translate\((-?[\d.]+)px, (-?[\d.]+)px\)/.exec(node.style.transform)!;
        x0 = Math.min(x0, Number(m[1]));
        y0 = Math.min(y0, Number(m[2]));
        x1 = Math.max(x1, Number(m[1]) + node.offsetWidth);
        y1 = Math.max(y1, Number(m[2]) + node.offsetHeight);
      }
      return { width: x1 - x0, height: y1 - y0, paneWidth: flow.clientWidth, paneHeight: flow.clientHeight };
    });
  // The layout settles asynchronously (ELK in a worker): wait until two measures a moment apart agree.
  let box = await measure();
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(300);
    const again = await measure();
    if (JSON.stringify(again) === JSON.stringify(box)) break;
    box = again;
  }
  expect(box.width > box.paneWidth || box.height > box.paneHeight).toBe(true);

  const exportAs = async (format: 'PNG' | 'SVG') => {
    await fileMenu(page, 'Export…');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('region', { name: 'Diagram' }).getByRole('button', { name: format }).click(),
    ]);
    await page.getByRole('dialog', { name: 'Export' }).getByRole('button', { name: 'Close' }).click();
    return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
  };
  const png = await exportAs('PNG');
  expect(png.name).toBe('wide.png');
  expect(png.bytes.subarray(1, 4).toString()).toBe('PNG');
  // IHDR: the image is the bounds of every node plus 32 px around them (device pixel ratio 1).
  expect([png.bytes.readUInt32BE(16), png.bytes.readUInt32BE(20)]).toEqual([
    Math.ceil(box.width + 64),
    Math.ceil(box.height + 64),
  ]);
  const svg = await exportAs('SVG');
  expect(svg.name).toBe('wide.svg');
  const markup = svg.bytes.toString('utf8');
  expect(markup).toMatch(/^<svg [^>]*width="\d+"/);
  for (let i = 0; i < 24; i++) expect(markup).toContain(`stage${i}<`);
  expect(markup).toMatch(
    /^<svg[^>]*><foreignObject[^>]*><div[^>]*style="[^"]*background: [^;"]*rgb\(21, 24, 30\)/,
  ); // dark --bg
  expect(svg.bytes.length).toBeLessThan(3_000_000);
});
