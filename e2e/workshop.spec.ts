import { readdirSync, readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readPackText } from '../src/workshop/pack/read-pack';
import type { Lesson } from '../src/workshop/lesson/types';
import { designerText, focusEditor, guardPage, lineOf, openDesigner } from './support/designer';

guardPage();

/** The bundled lessons, read from lessons/ as the build reads them. */
const lessons: Lesson[] = readdirSync('lessons')
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .flatMap((f) => {
    const result = readPackText(readFileSync(`lessons/${f}`, 'utf8'), f);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    return result.pack.lessons;
  });
const lesson = (id: string) => lessons.find((l) => l.id === id)!;

const status = (page: Page) => page.getByTestId('goal-status');
const panel = (page: Page) => page.getByRole('region', { name: 'Workshop' });
const graph = (page: Page) => page.getByRole('region', { name: 'Topology graph' });
const node = (page: Page, id: string) => graph(page).locator(`.react-flow__node[data-id="${id}"]`);

/** Opens an exercise by its link and waits for the editor and the first check. */
async function openLesson(page: Page, id: string): Promise<void> {
  await page.goto(`/#/workshop/${id}`);
  await expect(page.getByRole('region', { name: 'Manifest editor' })).toHaveAttribute('data-ready', 'true');
  await expect(panel(page)).toHaveAttribute('data-lesson', id);
  await expect(status(page)).toHaveText(/Not yet/);
}

async function expectMet(page: Page): Promise<void> {
  await expect(status(page)).toHaveText(/Goal met/);
  await expect(panel(page).getByRole('note', { name: 'Why' })).toBeVisible();
}

async function expectUnmet(page: Page): Promise<void> {
  // A wrong fix is checked too: wait for the check of the current text, then see it unmet.
  await expect(status(page)).toHaveText(/Not yet: \d+ of \d+ done/);
  await expect(panel(page).getByRole('note', { name: 'Why' })).toHaveCount(0);
}

/** Replaces the text of a 1-based line after its indentation, as a participant selecting it and typing would. */
async function setLine(page: Page, line: number, content: string): Promise<void> {
  await focusEditor(page);
  await page.keyboard.press('Control+G');
  await page.keyboard.type(String(line));
  await page.keyboard.press('Enter');
  await page.keyboard.press('End');
  await page.keyboard.press('Shift+Home');
  await page.keyboard.type(content);
  await page.keyboard.press('Escape');
}

/** Types a new line after a 1-based line (the editor indents it under a line ending in ':'). */
async function addLineAfter(page: Page, line: number, content: string): Promise<void> {
  await focusEditor(page);
  await page.keyboard.press('Control+G');
  await page.keyboard.type(String(line));
  await page.keyboard.press('Enter');
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type(content);
  await page.keyboard.press('Escape');
}

/** Back to the starting manifest, answers and hints. */
async function reset(page: Page): Promise<void> {
  await panel(page).getByRole('button', { name: 'Reset exercise' }).click();
  await expect(status(page)).toHaveText(/Not yet/);
}

async function answer(page: Page, question: string, text: string): Promise<void> {
  await panel(page).getByLabel(question).fill(text);
}

async function center(locator: Locator): Promise<{ x: number; y: number }> {
  const box = (await locator.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 2, from.y + 2);
  await page.mouse.move(to.x, to.y, { steps: 10 });
  await page.mouse.up();
}

/** Runs `steps` in the workshop, entered from the designer, and checks the user's design is as it was. */
async function leavesDesignAlone(page: Page, steps: () => Promise<void>): Promise<void> {
  await openDesigner(page);
  const before = await designerText(page);
  await steps();
  await page.getByRole('link', { name: 'Back to my design' }).click();
  await expect(page.getByTestId('count-pods')).toBeVisible();
  expect(await designerText(page)).toBe(before);
  // Nothing from the workshop reached the autosave either: a reload starts from the same design.
  await page.reload();
  await expect(page.getByTestId('count-pods')).toBeVisible();
  expect(await designerText(page)).toBe(before);
}

test('the designer links to the workshop, which opens the first exercise in its own workspace', async ({
  page,
}) => {
  await leavesDesignAlone(page, async () => {
    await page.getByRole('link', { name: 'Workshop' }).click();
    await expect(page).toHaveURL(/#\/workshop\/read-a-pod-name$/);
    await expect(panel(page).getByRole('heading', { name: 'Read a pod name' })).toBeVisible();
    await expect(page.getByTestId('workshop-progress')).toHaveText(`0 of ${lessons.length} done`);
    // The editor holds the lesson, not the user's design.
    await expect(
      page.locator('.monaco-editor .view-line').filter({ hasText: 'image: nginx:1.27' }).first(),
    ).toBeVisible();
  });
});

test('1 read-a-pod-name: marking the pieces, a wrong part keeps the goal unmet', async ({ page }) => {
  await leavesDesignAlone(page, async () => {
    await openLesson(page, 'read-a-pod-name');
    await expect(page.getByRole('region', { name: 'Name anatomy' })).toContainText('hidden');
    const mark = async (role: string, ...pieces: string[]) => {
      await panel(page).getByRole('radio', { name: role }).click();
      for (const piece of pieces)
        await panel(page)
          .getByRole('button', { name: new RegExp(`^${piece}:`) })
          .click();
    };
    // `disagg` taken for a clique: the name's own hyphen fools the eye.
    await mark('PodCliqueSet name', 'mn');
    await mark('Clique name', 'disagg', 'pworker');
    await mark('PodCliqueSet replica index', '0');
    await mark('Scaling group name', 'prefill');
    await mark('Scaling group replica index', '1');
    await mark('Random suffix', 'klm56');
    await expectUnmet(page);
    await expect(panel(page)).toContainText('6 of 7 pieces marked right');
    await mark('PodCliqueSet name', 'disagg');
    await expectMet(page);
    await expect(page.getByRole('region', { name: 'Name anatomy' })).toContainText(
      'mn-disagg-0-prefill-0-pworker-',
    );
    await expect(page.getByTestId('workshop-progress')).toHaveText(`1 of ${lessons.length} done`);
  });
});

test('2 standalone-or-grouped: typing two predicted names', async ({ page }) => {
  await leavesDesignAlone(page, async () => {
    await openLesson(page, 'standalone-or-grouped');
    await answer(page, 'What hostname does the second frontend pod get?', 'mn-disagg-0-frontend-2');
    await answer(
      page,
      'What is the name of the PodClique that holds the decode workers?',
      'mn-disagg-0-decode-0-dworker',
    );
    await expectUnmet(page);
    await answer(page, 'What hostname does the second frontend pod get?', 'mn-disagg-0-frontend-1');
    await expectMet(page);
  });
});

test('3 copy-the-system: scaling a clique is no copy; spec.replicas is', async ({ page }) => {
  await leavesDesignAlone(page, async () => {
    const l = lesson('copy-the-system');
    await openLesson(page, l.id);
    const service = "Which headless Service (the pods' subdomain) does the second copy get?";
    const host = 'What hostname does the first decode pod of the second copy get?';
    await answer(page, service, 'single-node-disaggregated-1');
    await answer(page, host, 'single-node-disaggregated-1-decode-0');
    // Ten pods, but all in one copy.
    await setLine(page, lineOf(l.manifest, 'replicas: 2'), 'replicas: 7');
    await expectUnmet(page);
    await reset(page);
    await expect(panel(page).getByLabel(service)).toHaveValue('');
    await setLine(page, lineOf(l.manifest, 'replicas: 1'), 'replicas: 2');
    await answer(page, service, 'single-node-disaggregated-1');
    await expectUnmet(page);
    await answer(page, host, 'single-node-disaggregated-1-decode-0');
    await expectMet(page);
  });
});

test('4 into-a-scaling-group: dragging worker onto the group in the graph, then predicting its name', async ({
  page,
}) => {
  await leavesDesignAlone(page, async () => {
    await openLesson(page, 'into-a-scaling-group');
    await expect(node(page, 'clique:worker')).toBeVisible();
    await expect(graph(page).getByText('Laying out…')).toHaveCount(0);
    const group = (await node(page, 'group:model-instance').boundingBox())!;
    await drag(page, await center(node(page, 'clique:worker')), { x: group.x + 30, y: group.y + 20 });
    const question =
      "After the move, what is the name of the PodClique holding the workers of the group's second replica?";
    // The old name of the workers, from before the move.
    await answer(page, question, 'multinode-aggregated-0-worker');
    await expectUnmet(page);
    await answer(page, question, 'multinode-aggregated-0-model-instance-1-worker');
    await expectMet(page);
  });
});

test('5 unique-clique-names: renaming only decode leaves a warning; renaming both meets the goal', async ({
  page,
}) => {
  await leavesDesignAlone(page, async () => {
    const l = lesson('unique-clique-names');
    await openLesson(page, l.id);
    const rename = async (nth: number, role: 'leader' | 'worker', to: string) => {
      await setLine(page, lineOf(l.manifest, `- name: ${role}`, nth), `- name: ${to}`);
      await setLine(page, lineOf(l.manifest, `roleName: ${role}`, nth), `roleName: ${to}`);
    };
    await rename(1, 'leader', 'dleader');
    await rename(1, 'worker', 'dworker');
    await setLine(
      page,
      lineOf(l.manifest, 'cliqueNames: [leader, worker]', 1),
      'cliqueNames: [dleader, dworker]',
    );
    await expectUnmet(page);
    await expect(panel(page).locator('.goal-check[data-met="false"]')).toContainText(['No warnings']);
    await rename(0, 'leader', 'pleader');
    await rename(0, 'worker', 'pworker');
    await setLine(
      page,
      lineOf(l.manifest, 'cliqueNames: [leader, worker]', 0),
      'cliqueNames: [pleader, pworker]',
    );
    await expectMet(page);
  });
});

test('6 scaled-gangs: scale prefill, then pick the scaled replicas and name the gang', async ({ page }) => {
  await leavesDesignAlone(page, async () => {
    const l = lesson('scaled-gangs');
    await openLesson(page, l.id);
    await setLine(page, lineOf(l.manifest, 'cliqueNames: [pleader, pworker]') + 1, 'replicas: 3');
    const choice = (j: number) => panel(page).getByRole('checkbox', { name: `prefill replica ${j}` });
    await expect(choice(2)).toBeVisible();
    await choice(2).check();
    await answer(page, 'Which PodGang is prefill replica 2 scheduled in?', 'mn-disagg-0-prefill-2');
    await expectUnmet(page);
    await choice(1).check();
    await answer(page, 'Which PodGang is prefill replica 2 scheduled in?', 'mn-disagg-0-prefill-1');
    await expectMet(page);
  });
});

test('7 name-budget: a shorter group name is not enough; a shorter PodCliqueSet name is', async ({
  page,
}) => {
  await leavesDesignAlone(page, async () => {
    const l = lesson('name-budget');
    await openLesson(page, l.id);
    await setLine(page, lineOf(l.manifest, '- name: prefill-stage'), '- name: prefill');
    await expectUnmet(page);
    await reset(page);
    await setLine(page, lineOf(l.manifest, 'name: machine-learning-inference-service'), 'name: ml-inference');
    await expectMet(page);
  });
});

test('8 dot-in-a-name: an underscore is no fix, a hyphen is', async ({ page }) => {
  await leavesDesignAlone(page, async () => {
    const l = lesson('dot-in-a-name');
    await openLesson(page, l.id);
    const line = lineOf(l.manifest, '- name: vision.encoder');
    await setLine(page, line, '- name: vision_encoder');
    await expectUnmet(page);
    await setLine(page, line, '- name: vision-encoder');
    await expectMet(page);
  });
});

test('9 start-after-decode: startsAfter alone is ignored; the graph arrow switches to Explicit', async ({
  page,
}) => {
  await leavesDesignAlone(page, async () => {
    const l = lesson('start-after-decode');
    await openLesson(page, l.id);
    await addLineAfter(page, lineOf(l.manifest, '- name: frontend') + 2, 'startsAfter: [dleader]');
    await expectUnmet(page);
    await expect(page.getByRole('tab', { name: /Problems/ })).toBeVisible();
    await reset(page);
    await expect(node(page, 'clique:frontend')).toBeVisible();
    await expect(graph(page).getByText('Laying out…')).toHaveCount(0);
    await drag(
      page,
      await center(node(page, 'clique:dleader').locator('.react-flow__handle-right')),
      await center(node(page, 'clique:frontend').locator('.react-flow__handle-left')),
    );
    await page.getByRole('dialog').getByRole('button', { name: 'Switch to Explicit and connect' }).click();
    await expectMet(page);
  });
});
