import { expect, test, type Page } from '@playwright/test';

/**
 * Shared steps for the designer's browser tests. Every test using `guardPage` fails if the page makes a
 * request outside its own origin, logs a console error, violates its Content-Security-Policy or throws.
 */
export function guardPage(): { problems: string[] } {
  const state = { problems: [] as string[] };
  test.beforeEach(async ({ page, context, baseURL }) => {
    state.problems = [];
    const origin = new URL(baseURL!).origin;
    page.on('console', (m) => {
      if (m.type() === 'error') state.problems.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => state.problems.push(`page error: ${e.message}`));
    context.on('request', (r) => {
      const url = new URL(r.url());
      if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin)
        state.problems.push(`request outside the origin: ${r.url()}`);
    });
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (e) =>
        console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
      ),
    );
  });
  test.afterEach(() => expect(state.problems).toEqual([]));
  return state;
}

/** Opens the designer and waits until Monaco has replaced the placeholder and the first analysis is shown. */
export async function openDesigner(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('region', { name: 'Manifest editor' })).toHaveAttribute('data-ready', 'true');
  await expect(page.getByTestId('count-pods')).toBeVisible();
}

/** The designer's text, read through its console API (the same text a download gives). */
export function designerText(page: Page): Promise<string> {
  return page.evaluate(() => window.groveDesigner!.text());
}

/** Puts the keyboard focus in the editor's text input (wherever the editor is scrolled). */
export async function focusEditor(page: Page): Promise<void> {
  if ((await page.locator('.monaco-editor.focused').count()) > 0) return;
  await page.getByRole('textbox', { name: 'Manifest YAML' }).focus();
  await expect(page.locator('.monaco-editor.focused')).toBeVisible();
}

/** Moves the cursor to the end of a 1-based line with Monaco's "Go to line" (Ctrl+G). */
export async function gotoLineEnd(page: Page, line: number): Promise<void> {
  await focusEditor(page);
  await page.keyboard.press('Control+G');
  await page.keyboard.type(String(line));
  await page.keyboard.press('Enter');
  await page.keyboard.press('End');
}

/** Replaces the whole text as a user pasting it would (one paste, one undo step). */
export async function pasteAll(page: Page, text: string): Promise<void> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await focusEditor(page);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+V');
}

/** The 1-based line of the first line of `text` containing `needle`. */
export function lineOf(text: string, needle: string, nth = 0): number {
  const lines = text.split('\n');
  let seen = 0;
  for (let i = 0; i < lines.length; i++) if (lines[i]!.includes(needle) && seen++ === nth) return i + 1;
  throw new Error(`"${needle}" is not in the text`);
}
