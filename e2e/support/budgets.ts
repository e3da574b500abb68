import type { Page } from '@playwright/test';

/**
 * Watches what the reliability budgets of issue 7 are about, from before the page's own scripts run:
 * main-thread tasks (the Long Tasks API reports every task over 50 ms), dialogs, and a canary that the
 * hostile payloads set if any of them ever runs as script.
 */

export interface LongTask {
  readonly start: number;
  readonly duration: number;
}

declare global {
  interface Window {
    /** Every long task the page ran, as the observer saw it. */
    __longTasks?: LongTask[];
    /** Set by the hostile payloads' script if it ever runs (it must stay undefined). */
    __xss?: unknown;
  }
}

/** Installs the long-task observer and a dialog recorder on a page before it loads. */
export async function watchBudgets(page: Page): Promise<{ dialogs: string[] }> {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        window.__longTasks!.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  return { dialogs };
}

/** The page's clock now (to ask for the long tasks since a moment). */
export function pageNow(page: Page): Promise<number> {
  return page.evaluate(() => performance.now());
}

/** Long tasks that started at or after `since` (page clock), longest first. */
export async function longTasksSince(page: Page, since: number): Promise<LongTask[]> {
  const tasks = await page.evaluate((t) => (window.__longTasks ?? []).filter((x) => x.start >= t), since);
  return tasks.sort((a, b) => b.duration - a.duration);
}

/** Waits for the page to be idle: two animation frames, then a quiet pause for late tasks to report. */
export async function settle(page: Page, quietMs = 300): Promise<void> {
  await page.evaluate(
    (ms) =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, ms))),
      ),
    quietMs,
  );
}

/** The newest revisions the page asked the core for and showed (marks from src/worker/marks.ts; -1: none). */
export function revisions(page: Page): Promise<{ requested: number; shown: number }> {
  return page.evaluate(() => {
    const newest = (name: string) =>
      (
        (performance.getEntriesByName(name).at(-1) as PerformanceMark | undefined)?.detail as
          { revision: number } | undefined
      )?.revision ?? -1;
    return { requested: newest('grove:requested'), shown: newest('grove:shown') };
  });
}

/**
 * Waits until the page has asked for an analysis newer than `after` and shown the newest it asked for.
 */
export async function waitForShown(page: Page, after = -1, timeout = 60_000): Promise<void> {
  await page.waitForFunction(
    (after) => {
      const newest = (name: string) =>
        (
          (performance.getEntriesByName(name).at(-1) as PerformanceMark | undefined)?.detail as
            { revision: number } | undefined
        )?.revision ?? -1;
      const requested = newest('grove:requested');
      return requested > after && newest('grove:shown') >= requested;
    },
    after,
    { timeout, polling: 50 },
  );
}
