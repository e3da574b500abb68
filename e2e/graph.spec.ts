import { expect, test, type Locator, type Page } from '@playwright/test';
import { applyCommand } from '../src/core/edit';
import type { EditCommand } from '../src/core/edit/types';
import { designerText, gotoLineEnd, guardPage, lineOf, openDesigner, pasteAll } from './support/designer';

guardPage();

const graph = (page: Page) => page.getByRole('region', { name: 'Topology graph' });
const node = (page: Page, id: string) => graph(page).locator(`.react-flow__node[data-id="${id}"]`);
const pods = (page: Page) => page.getByTestId('count-pods');
const status = (page: Page) => page.getByTestId('graph-status');

/** The text a command gives on `text`, computed by the core (tested on its own in src/core/edit). */
function expected(text: string, command: EditCommand): string {
  const result = applyCommand(text, 0, command);
  if (!result.ok) throw new Error(result.reason);
  return result.text;
}

/** Waits until the layout of the current structure is drawn. */
async function laidOut(page: Page): Promise<void> {
  await expect(graph(page).locator('.graph-body')).toHaveAttribute('data-layout', 'ready');
}

/** Opens the designer and waits for the graph's first layout. */
async function openGraph(page: Page): Promise<string> {
  await openDesigner(page);
  await expect(node(page, 'clique:pworker')).toBeVisible();
  await laidOut(page);
  await steady(page);
  return designerText(page);
}

/**
 * Waits until the graph region and its view have stood still for most of a second: other parts of the
 * page (the header's autosave status) change size a moment after a selection or an edit, and the view
 * slides to show a node the inspector would cover; a gesture aimed before that would land beside its
 * target.
 */
async function steady(page: Page): Promise<void> {
  let last = '';
  let still = 0;
  await expect
    .poll(
      async () => {
        const box = JSON.stringify([
          await graph(page).boundingBox(),
          await graph(page).locator('.react-flow__viewport').getAttribute('style'),
        ]);
        still = box === last ? still + 1 : 0;
        last = box;
        return still;
      },
      { intervals: [150], timeout: 15_000 },
    )
    .toBeGreaterThanOrEqual(5);
}

/** Selects a node by clicking it, then waits until the page stands still, so the next gesture lands where aimed. */
async function selectNode(page: Page, id: string): Promise<void> {
  await node(page, id).click();
  await expect(node(page, id)).toHaveClass(/selected/);
  await steady(page);
}

/** A box relative to the graph region (both read at once), so that a shift of the whole page does not matter. */
async function boxIn(_page: Page, locator: Locator) {
  return locator.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const region = el.closest('section')!.getBoundingClientRect();
    return { x: box.x - region.x, y: box.y - region.y, width: box.width, height: box.height };
  });
}

async function center(locator: Locator): Promise<{ x: number; y: number }> {
  const box = (await locator.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** A real mouse drag: press, nudge past React Flow's drag threshold, move in steps, release. */
async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 2, from.y + 2);
  await page.mouse.move(to.x, to.y, { steps: 10 });
  await page.mouse.up();
}

/** Drags from one clique's right handle to another's left handle ("target starts after source"). */
async function connect(page: Page, source: string, target: string): Promise<void> {
  await selectNode(page, source);
  await drag(
    page,
    await center(node(page, source).locator('.react-flow__handle-right')),
    await center(node(page, target).locator('.react-flow__handle-left')),
  );
}

/** Whether box `inner` lies inside box `outer`. */
async function isInside(inner: Locator, outer: Locator): Promise<boolean> {
  const a = (await inner.boundingBox())!;
  const b = (await outer.boundingBox())!;
  return a.x >= b.x && a.y >= b.y && a.x + a.width <= b.x + b.width && a.y + a.height <= b.y + b.height;
}

test('the seed: the PodCliqueSet frame, scaling groups holding their cliques, no startup edges under AnyOrder', async ({
  page,
}) => {
  await openGraph(page);
  await expect(node(page, 'podCliqueSet')).toContainText('mn-disagg');
  await expect(node(page, 'podCliqueSet')).toContainText('startup AnyOrder');
  await expect(graph(page).locator('.react-flow__node-clique')).toHaveCount(5);
  await expect(node(page, 'group:prefill')).toContainText('×2 replicas');
  expect(await isInside(node(page, 'clique:pworker'), node(page, 'group:prefill'))).toBe(true);
  expect(await isInside(node(page, 'clique:dleader'), node(page, 'group:decode'))).toBe(true);
  expect(await isInside(node(page, 'clique:frontend'), node(page, 'group:prefill'))).toBe(false);
  await expect(node(page, 'clique:pworker')).toContainText('×3 replicas · min 3');
  await expect(node(page, 'clique:pworker')).toContainText('nginx:latest');
  await expect(graph(page).locator('.react-flow__edge')).toHaveCount(0);
});

test('dragging pworker out of prefill drops it from cliqueNames only; Ctrl+Z restores the text byte for byte', async ({
  page,
}) => {
  const original = await openGraph(page);
  await expect(pods(page)).toHaveText('13 pods');
  await selectNode(page, 'clique:pworker');
  const frontend = (await node(page, 'clique:frontend').boundingBox())!;
  const empty = { x: frontend.x + frontend.width / 2, y: frontend.y + frontend.height + 70 };
  await drag(page, await center(node(page, 'clique:pworker')), empty);

  const after = original.replace('cliqueNames: [pleader, pworker]', 'cliqueNames: [pleader]');
  expect(after).not.toBe(original);
  await expect.poll(() => designerText(page)).toBe(after);
  await expect(pods(page)).toHaveText('10 pods');
  await expect.poll(() => isInside(node(page, 'clique:pworker'), node(page, 'group:prefill'))).toBe(false);

  await page.keyboard.press('Control+Z');
  await expect.poll(() => designerText(page)).toBe(original);
  await expect(pods(page)).toHaveText('13 pods');
  await expect.poll(() => isInside(node(page, 'clique:pworker'), node(page, 'group:prefill'))).toBe(true);
  await page.keyboard.press('Control+Shift+Z');
  await expect.poll(() => designerText(page)).toBe(after);
});

test('dragging a clique into another scaling group moves its membership in one step', async ({ page }) => {
  const original = await openGraph(page);
  await selectNode(page, 'clique:frontend');
  const decode = (await node(page, 'group:decode').boundingBox())!;
  await drag(page, await center(node(page, 'clique:frontend')), { x: decode.x + 30, y: decode.y + 20 });
  await expect
    .poll(() => designerText(page))
    .toBe(original.replace('cliqueNames: [dleader, dworker]', 'cliqueNames: [dleader, dworker, frontend]'));
  await expect.poll(() => isInside(node(page, 'clique:frontend'), node(page, 'group:decode'))).toBe(true);
});

test('dropping a clique on the right half of another reorders the cliques list', async ({ page }) => {
  const original = await openGraph(page);
  await selectNode(page, 'clique:dleader');
  const dworker = (await node(page, 'clique:dworker').boundingBox())!;
  await drag(page, await center(node(page, 'clique:dleader')), {
    x: dworker.x + dworker.width * 0.8,
    y: dworker.y + dworker.height / 2,
  });
  await expect
    .poll(() => designerText(page))
    .toBe(expected(original, { type: 'moveClique', clique: 'dleader', toIndex: 4 }));
  await page.keyboard.press('Control+Z');
  await expect.poll(() => designerText(page)).toBe(original);
});

test('double-click renames in place and the cliqueNames entry follows; a duplicate is refused with its reason', async ({
  page,
}) => {
  const original = await openGraph(page);
  await selectNode(page, 'clique:pleader');
  await node(page, 'clique:pleader').locator('.graph-name').dblclick();
  const field = graph(page).getByRole('textbox', { name: 'New name for clique pleader' });
  await expect(field).toBeFocused();
  await field.fill('pworker');
  await field.press('Enter');
  await expect(status(page)).toContainText('There is already a clique named "pworker"');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  expect(await designerText(page)).toBe(original);

  await field.fill('pfleader');
  await field.press('Enter');
  const renamed = original
    .replace('- name: pleader', '- name: pfleader')
    .replace('cliqueNames: [pleader, pworker]', 'cliqueNames: [pfleader, pworker]');
  await expect.poll(() => designerText(page)).toBe(renamed);
  await expect(node(page, 'clique:pfleader')).toBeFocused();
  expect(await isInside(node(page, 'clique:pfleader'), node(page, 'group:prefill'))).toBe(true);
});

test('a duplicate name typed in the editor puts an error badge on the node, with the message on hover', async ({
  page,
}) => {
  const text = await openGraph(page);
  await gotoLineEnd(page, lineOf(text, '- name: pworker'));
  for (let i = 0; i < 'pworker'.length; i++) await page.keyboard.press('Backspace');
  await page.keyboard.type('pleader');
  // Two cliques named pleader: both are drawn, by position; the second carries the error.
  await expect(graph(page).locator('.graph-body')).toHaveAttribute('data-layout', 'ready');
  const second = node(page, 'clique#2');
  const badge = second.getByTestId('graph-badge');
  await expect(badge).toBeVisible();
  await expect(badge.locator('.graph-badge-error')).toBeVisible();
  expect(Number(await badge.getAttribute('data-errors'))).toBeGreaterThan(0);
  await expect(second).toHaveAttribute('aria-label', /error/);
  await badge.hover();
  const tooltip = graph(page).getByRole('tooltip');
  await expect(tooltip).toContainText('clique-name-duplicate');
  await page.mouse.move(0, 0);
  await expect(tooltip).toHaveCount(0);
  // Focusing the node from the keyboard shows the messages too.
  await second.focus();
  await expect(tooltip).toContainText('clique-name-duplicate');
});

test('the palette adds a clique that appears in the graph and the editor', async ({ page }) => {
  const original = await openGraph(page);
  await graph(page).getByRole('button', { name: '+ Clique' }).click();
  await expect(node(page, 'clique:clique')).toBeVisible();
  await expect.poll(() => designerText(page)).toBe(expected(original, { type: 'addClique', name: 'clique' }));
  await expect(
    page.locator('.monaco-editor .view-line').filter({ hasText: '- name: clique' }).first(),
  ).toBeVisible();
  await expect(page.getByTestId('count-pods')).toHaveText('14 pods');
  await graph(page).getByRole('button', { name: '+ Clique' }).click();
  await expect(node(page, 'clique:clique-2')).toBeVisible();
  // Ctrl+Z from the palette button (the graph, not the editor, has the focus) takes it back.
  await page.keyboard.press('Control+Z');
  await expect(node(page, 'clique:clique-2')).toHaveCount(0);
  await expect.poll(() => designerText(page)).toBe(expected(original, { type: 'addClique', name: 'clique' }));
});

test('Delete removes a clique with its references; Ctrl+Z brings it back', async ({ page }) => {
  const original = await openGraph(page);
  await selectNode(page, 'clique:pworker');
  await page.keyboard.press('Delete');
  await expect
    .poll(() => designerText(page))
    .toBe(expected(original, { type: 'removeClique', clique: 'pworker' }));
  await expect(node(page, 'clique:pworker')).toHaveCount(0);
  await expect(pods(page)).toHaveText('7 pods');
  await page.keyboard.press('Control+Z');
  await expect.poll(() => designerText(page)).toBe(original);
  await expect(node(page, 'clique:pworker')).toBeVisible();
});

test('connecting two cliques asks to switch to Explicit, then does both as one step; Delete on the edge removes it', async ({
  page,
}) => {
  const original = await openGraph(page);
  await connect(page, 'clique:frontend', 'clique:dleader');
  const dialog = page.getByRole('dialog', { name: 'Switch the startup type to Explicit?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  expect(await designerText(page)).toBe(original);

  await connect(page, 'clique:frontend', 'clique:dleader');
  await dialog.getByRole('button', { name: 'Switch to Explicit and connect' }).click();
  const explicit = expected(original, { type: 'setStartupType', startupType: 'CliqueStartupTypeExplicit' });
  const connected = expected(explicit, { type: 'addStartsAfter', clique: 'dleader', after: 'frontend' });
  await expect.poll(() => designerText(page)).toBe(connected);
  const edge = graph(page).locator('.react-flow__edge[data-id="startup:clique:frontend->clique:dleader"]');
  await expect(edge).toHaveCount(1);
  await expect(node(page, 'podCliqueSet')).toContainText('startup Explicit');
  // The new edge changed the structure: wait for its layout and bring it all into view.
  await laidOut(page);
  await graph(page).getByRole('button', { name: 'Fit View' }).click();
  await steady(page);

  // Under Explicit a second connection needs no question.
  await connect(page, 'clique:pleader', 'clique:dworker');
  await expect(dialog).toBeHidden();
  const both = expected(connected, { type: 'addStartsAfter', clique: 'dworker', after: 'pleader' });
  await expect.poll(() => designerText(page)).toBe(both);

  await edge.focus();
  await page.keyboard.press('Delete');
  await expect
    .poll(() => designerText(page))
    .toBe(expected(both, { type: 'removeStartsAfter', clique: 'dleader', after: 'frontend' }));
  await expect(edge).toHaveCount(0);

  // Each gesture was one step: three undos give the original back.
  for (let i = 0; i < 3; i++) await page.keyboard.press('Control+Z');
  await expect.poll(() => designerText(page)).toBe(original);
});

test('keyboard: Tab reaches the nodes, arrows move one (stored, the manifest untouched), Enter renames', async ({
  page,
}) => {
  const original = await openGraph(page);
  await graph(page).getByRole('button', { name: 'Tidy layout' }).focus();
  let reached = false;
  for (let i = 0; i < 6 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(
      () => document.activeElement?.classList.contains('react-flow__node') ?? false,
    );
  }
  expect(reached).toBe(true);

  const pworker = node(page, 'clique:pworker');
  await pworker.focus();
  await expect(pworker).toHaveClass(/selected/);
  await steady(page);
  const before = await boxIn(page, pworker);
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Shift+ArrowDown');
  await expect.poll(async () => (await boxIn(page, pworker)).x).toBeGreaterThan(before.x + 10);
  await expect.poll(async () => (await boxIn(page, pworker)).y).toBeGreaterThan(before.y + 20);
  expect(await designerText(page)).toBe(original);
  // The moved position survives an edit that keeps the node.
  await steady(page);
  const moved = await boxIn(page, pworker);
  await page.locator('.monaco-editor .view-line').nth(2).click(); // a line in view (the editor shows pworker)
  await gotoLineEnd(page, lineOf(original, 'replicas: 3'));
  await page.keyboard.press('Backspace');
  await page.keyboard.type('4');
  await expect(node(page, 'clique:pworker')).toContainText('×4 replicas');
  await steady(page);
  const kept = await boxIn(page, node(page, 'clique:pworker'));
  expect(Math.round(kept.x)).toBe(Math.round(moved.x));
  expect(Math.round(kept.y)).toBe(Math.round(moved.y));

  await node(page, 'clique:pworker').focus();
  await page.keyboard.press('Enter');
  await expect(graph(page).getByRole('textbox', { name: 'New name for clique pworker' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(node(page, 'clique:pworker')).toBeFocused();
});

test('selecting a node reveals its YAML; the inspector changes replicas and GPUs as single steps', async ({
  page,
}) => {
  const original = await openGraph(page);
  await selectNode(page, 'clique:dworker');
  await expect(
    page.locator('.monaco-editor .view-line').filter({ hasText: '- name: dworker' }).first(),
  ).toBeVisible();
  const inspector = graph(page).getByRole('complementary', { name: 'Inspector' });
  await expect(inspector).toContainText('Clique dworker');

  const replicas = inspector.getByRole('spinbutton', { name: 'Replicas' });
  await replicas.fill('5');
  await replicas.press('Enter');
  const five = expected(original, { type: 'setCliqueReplicas', clique: 'dworker', replicas: 5 });
  await expect.poll(() => designerText(page)).toBe(five);
  await expect(pods(page)).toHaveText('16 pods');

  const gpus = inspector.getByRole('textbox', { name: 'GPUs (nvidia.com/gpu)' });
  await gpus.fill('2');
  await gpus.press('Enter');
  const withGpus = expected(five, {
    type: 'setContainerRequests',
    clique: 'dworker',
    requests: { 'nvidia.com/gpu': '2' },
  });
  await expect.poll(() => designerText(page)).toBe(withGpus);
  await expect(node(page, 'clique:dworker').locator('.graph-gpu')).toHaveText('2 GPU');

  await gpus.fill('0.5');
  await gpus.press('Enter');
  await expect(status(page)).toHaveClass(/is-error/);
  expect(await designerText(page)).toBe(withGpus);

  await node(page, 'clique:dworker').focus();
  await page.keyboard.press('Control+Z');
  await page.keyboard.press('Control+Z');
  await expect.poll(() => designerText(page)).toBe(original);
});

test('a syntax error dims the graph, marks it stale and stops gestures until the text parses again', async ({
  page,
}) => {
  const text = await openGraph(page);
  await gotoLineEnd(page, lineOf(text, 'metadata:'));
  await page.keyboard.type(' [unclosed');
  await expect(graph(page).getByTestId('graph-stale')).toBeVisible();
  await expect(graph(page)).toHaveAttribute('data-stale', 'true');
  await expect(node(page, 'clique:pworker')).not.toHaveClass(/draggable/);
  await expect(graph(page).getByRole('button', { name: '+ Clique' })).toBeDisabled();
  await pasteAll(page, text);
  await expect(graph(page).getByTestId('graph-stale')).toHaveCount(0);
  await expect(node(page, 'clique:pworker')).toHaveClass(/draggable/);
});
