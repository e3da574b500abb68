import { readdirSync, readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readPackText } from '../src/workshop/pack/read-pack';
import type { Lesson } from '../src/workshop/lesson/types';
import { designerText, guardPage, lineOf, openDesigner } from './support/designer';

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

/** Puts the keyboard in the editor, as Tab would (a click could land on Monaco's sticky-scroll overlay). */
async function focusEditor(page: Page): Promise<void> {
  await page.getByRole('textbox', { name: 'Manifest YAML' }).focus();
  await expect(page.locator('.monaco-editor.focused')).toBeVisible();
}

/** Moves the cursor to the end of a 1-based line with Monaco's "Go to line". */
async function gotoLineEnd(page: Page, line: number): Promise<void> {
  await focusEditor(page);
  await page.keyboard.press('Control+G');
  await page.keyboard.type(String(line));
  await page.keyboard.press('Enter');
  await page.keyboard.press('End');
}

/**
 * Replaces a 1-based line after its indentation: select it, then type the new text. The text goes in as
 * one input (as a participant's typing lands once the suggestion list has settled), so no completion
 * swallows a character.
 */
async function setLine(page: Page, line: number, content: string): Promise<void> {
  await gotoLineEnd(page, line);
  await page.keyboard.press('Shift+Home');
  await page.keyboard.insertText(content);
  await page.keyboard.press('Escape');
}

/** Types a new line after a 1-based line (the editor keeps the indentation). */
async function addLineAfter(page: Page, line: number, content: string): Promise<void> {
  await gotoLineEnd(page, line);
  await page.keyboard.press('Enter');
  await page.keyboard.insertText(content);
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

/**
 * Draws a connection between two handles as a user would: React Flow pans the view while a connection
 * is dragged near the canvas's edge, so the pointer first leaves the edge, then finds the target where
 * it now is.
 */
async function connect(page: Page, from: Locator, to: Locator): Promise<void> {
  const start = await center(from);
  const aim = await center(to);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move((start.x + aim.x) / 2, (start.y + aim.y) / 2, { steps: 10 });
  const end = await center(to);
  await page.mouse.move(end.x, end.y, { steps: 10 });
  await page.mouse.up();
}

/**
 * Runs `steps` in the workshop, entered from the designer, and checks that the user's design is as it was
 * when the participant comes back (and, with `reload`, that the autosave kept the same design).
 */
async function leavesDesignAlone(page: Page, steps: () => Promise<void>, reload = false): Promise<void> {
  await openDesigner(page);
  const before = await designerText(page);
  await steps();
  await page.getByRole('link', { name: 'Back to my design' }).click();
  await expect(page.getByTestId('count-pods')).toBeVisible();
  expect(await designerText(page)).toBe(before);
  if (!reload) return;
  await page.reload();
  await expect(page.getByTestId('count-pods')).toBeVisible();
  expect(await designerText(page)).toBe(before);
}

test("the designer links to the workshop, which works in its own workspace: the user's text, undo and autosave are untouched", async ({
  page,
}) => {
  await openDesigner(page);
  const seed = await designerText(page);
  // The user's own edit, made before the workshop.
  await setLine(page, lineOf(seed, 'replicas: 3'), 'replicas: 4');
  await expect(page.getByTestId('count-pods')).toHaveText('15 pods');
  const mine = await designerText(page);

  await page.getByRole('link', { name: 'Workshop' }).click();
  await expect(page).toHaveURL(/#\/workshop\/read-a-pod-name$/);
  await expect(panel(page).getByRole('heading', { name: 'Read a pod name' })).toBeVisible();
  await expect(page.getByTestId('workshop-progress')).toHaveText(`0 of ${lessons.length} done`);
  await expect(
    page.locator('.monaco-editor .view-line').filter({ hasText: 'image: nginx:1.27' }).first(),
  ).toBeVisible();
  // Edits and undo in the workshop stay in the workshop.
  await setLine(page, lineOf(lesson('read-a-pod-name').manifest, 'replicas: 2'), 'replicas: 5');
  await page.keyboard.press('Control+Z');
  expect(await designerText(page)).toBe(mine);

  await page.getByRole('link', { name: 'Back to my design' }).click();
  await expect(page.getByTestId('count-pods')).toHaveText('15 pods');
  expect(await designerText(page)).toBe(mine);
  // The user's undo history is theirs: undo takes back their own edit, redo brings it back.
  // (The editor may record the typing as a step or two; the workshop's edits are never among them.)
  await focusEditor(page);
  const steps = async (key: string, target: string) => {
    for (let i = 0; i < 3 && (await designerText(page)) !== target; i++) {
      await page.keyboard.press(key);
      await page.waitForTimeout(100);
      expect(await designerText(page)).not.toContain('nginx:1.27');
    }
    expect(await designerText(page)).toBe(target);
  };
  await steps('Control+Z', seed);
  await steps('Control+Shift+Z', mine);
  // The autosave has the user's design, not an exercise.
  await page.waitForTimeout(1500);
  await page.reload();
  await expect(page.getByTestId('count-pods')).toHaveText('15 pods');
  expect(await designerText(page)).toBe(mine);
});

test('progress survives a reload; reset starts the exercise over; a link opens a given exercise', async ({
  page,
}) => {
  await leavesDesignAlone(
    page,
    async () => {
      const l = lesson('standalone-or-grouped');
      await openLesson(page, l.id);
      await expect(panel(page).getByRole('link', { name: 'Link to this exercise' })).toHaveAttribute(
        'href',
        `#/workshop/${l.id}`,
      );
      await panel(page)
        .getByRole('button', { name: /Show a hint/ })
        .click();
      await answer(page, 'What hostname does the second frontend pod get?', 'mn-disagg-0-frontend-1');
      await answer(
        page,
        'What is the name of the PodClique that holds the decode workers?',
        'mn-disagg-0-decode-0-dworker',
      );
      await expectMet(page);
      await setLine(page, lineOf(l.manifest, 'replicas: 2'), 'replicas: 3');
      await page.waitForTimeout(800);

      await page.reload();
      await expect(page.getByRole('region', { name: 'Manifest editor' })).toHaveAttribute(
        'data-ready',
        'true',
      );
      await expect(page.getByTestId('workshop-progress')).toHaveText(`1 of ${lessons.length} done`);
      await expect(panel(page).getByRole('list', { name: 'Hints' }).getByRole('listitem')).toHaveCount(1);
      await expect(panel(page).getByLabel('What hostname does the second frontend pod get?')).toHaveValue(
        'mn-disagg-0-frontend-1',
      );
      await expect(page.locator('.monaco-editor .view-line').filter({ hasText: 'replicas: 3' })).toHaveCount(
        1,
      );
      // Three frontend pods now: the second one's hostname has not changed, so the goal still holds.
      await expectMet(page);

      await panel(page).getByRole('button', { name: 'Reset exercise' }).click();
      await expect(status(page)).toHaveText(/Not yet/);
      await expect(panel(page).getByLabel('What hostname does the second frontend pod get?')).toHaveValue('');
      await expect(panel(page).getByRole('list', { name: 'Hints' })).toHaveCount(0);
      await expect(page.locator('.monaco-editor .view-line').filter({ hasText: 'replicas: 3' })).toHaveCount(
        0,
      );
      await expect(page.getByTestId('workshop-progress')).toHaveText(`0 of ${lessons.length} done`);

      // Choosing an exercise in the list changes the link; the link opens it.
      await page.getByRole('combobox', { name: 'Exercise' }).selectOption('name-budget');
      await expect(page).toHaveURL(/#\/workshop\/name-budget$/);
      await expect(panel(page).getByRole('heading', { name: lesson('name-budget').title })).toBeVisible();
      await page.goto('/#/workshop/no-such-exercise');
      await expect(page.locator('.workshop-missing')).toContainText(
        'There is no exercise called “no-such-exercise”',
      );
    },
    true,
  );
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
    await connect(
      page,
      node(page, 'clique:dleader').locator('.react-flow__handle-right'),
      node(page, 'clique:frontend').locator('.react-flow__handle-left'),
    );
    await page.getByRole('dialog').getByRole('button', { name: 'Switch to Explicit and connect' }).click();
    await expectMet(page);
  });
});

/** A pack as an instructor would write it: two exercises, one with HTML-looking text that must stay text. */
const pack = `title: Friday session
lessons:
  - id: one-more-worker
    title: One more worker
    panel: tree
    task: "Give <b>pworker</b> a fourth pod. <img src=x onerror=alert(1)>"
    manifest: |
${lesson('read-a-pod-name')
  .manifest.split('\n')
  .map((l) => (l ? `      ${l}` : l))
  .join('\n')}
    questions:
      - id: host
        ask: What hostname does that new pod get in prefill replica 1?
    goal:
      - cliqueReplicas: { clique: pworker, equals: 4 }
      - answer: host
        isName: { kind: hostname, clique: pworker, groupReplica: 1, pod: 3 }
    hints: [The hostname ends in the pod's index, counted from 0.]
    why: Each PodClique numbers its pods from 0.
  - id: second
    title: Second
    task: Nothing to do.
    manifest: "kind: x"
    goal: noErrors
    why: Because.
`;

test('an instructor loads a lesson pack from a file: it appears, works, stays after a reload; a bad pack is refused with reasons', async ({
  page,
}) => {
  await leavesDesignAlone(page, async () => {
    await openLesson(page, 'read-a-pod-name');
    const file = page.getByLabel('Lesson pack file');
    await file.setInputFiles({
      name: 'friday.yaml',
      mimeType: 'application/yaml',
      buffer: Buffer.from(pack),
    });
    await expect(page).toHaveURL(/#\/workshop\/one-more-worker$/);
    await expect(panel(page).getByRole('heading', { name: 'One more worker' })).toBeVisible();
    await expect(page.getByText('Pack: Friday session')).toBeVisible();
    await expect(page.getByTestId('workshop-progress')).toHaveText(`0 of ${lessons.length + 2} done`);
    // The instructor's text is shown as text.
    await expect(panel(page).locator('.lesson-task')).toHaveText(
      'Give <b>pworker</b> a fourth pod. <img src=x onerror=alert(1)>',
    );
    await expect(panel(page).locator('img, b')).toHaveCount(0);

    const manifest = lesson('read-a-pod-name').manifest;
    await setLine(page, lineOf(manifest, 'replicas: 3'), 'replicas: 4');
    await answer(
      page,
      'What hostname does that new pod get in prefill replica 1?',
      'mn-disagg-0-prefill-1-pworker-4',
    );
    await expectUnmet(page);
    await answer(
      page,
      'What hostname does that new pod get in prefill replica 1?',
      'mn-disagg-0-prefill-1-pworker-3',
    );
    await expectMet(page);

    await page.waitForTimeout(800);
    await page.reload();
    await expect(panel(page).getByRole('heading', { name: 'One more worker' })).toBeVisible();
    await expectMet(page);

    const bad = pack
      .replace('cliqueReplicas:', 'cliqueReplica:')
      .replace('id: second', 'id: read-a-pod-name');
    await file.setInputFiles({ name: 'broken.yaml', mimeType: 'application/yaml', buffer: Buffer.from(bad) });
    const alert = page.getByRole('alert').filter({ hasText: 'was not loaded' });
    await expect(alert).toContainText('broken.yaml was not loaded');
    await expect(alert).toContainText(
      'lessons[0] ("one-more-worker").goal[0]: unknown goal "cliqueReplica"; did you mean "cliqueReplicas"?',
    );
    await alert.getByRole('button', { name: 'Dismiss' }).click();
    await expect(alert).toHaveCount(0);
    // The good pack is still loaded.
    await expect(page.getByText('Pack: Friday session')).toBeVisible();
    await page.getByRole('button', { name: 'Remove the pack Friday session' }).click();
    await expect(page.locator('.workshop-missing')).toContainText(
      'There is no exercise called “one-more-worker”',
    );
  });
});
