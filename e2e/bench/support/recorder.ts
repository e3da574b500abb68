import type { Page } from '@playwright/test';

/**
 * Records, in the page, what keystroke latencies are computed from: keydown times, the page's User Timing
 * marks (`grove:requested`, `grove:shown`, `grove:tree-shown`, see src/worker/marks.ts), the time of every
 * animation frame callback and every long task. Installed before the page's scripts run; frames are
 * recorded only between `start` and `stop`.
 */

interface Mark {
  readonly name: string;
  readonly t: number;
  readonly revision: number;
  readonly coreMs?: number;
}

export interface Recording {
  readonly keys: number[];
  readonly marks: Mark[];
  /** When each animation frame's callbacks started (this recorder's callback runs first). */
  readonly frames: number[];
  /** When each frame's rendering was over (the first task after it). */
  readonly frameEnds: number[];
  readonly longTasks: { start: number; duration: number }[];
}

declare global {
  interface Window {
    __bench?: Recording & { on: boolean };
  }
}

export async function installRecorder(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const rec = { keys: [], marks: [], frames: [], frameEnds: [], longTasks: [], on: false } as Recording & {
      on: boolean;
    };
    window.__bench = rec;
    addEventListener('keydown', (e) => rec.on && rec.keys.push(e.timeStamp), { capture: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        const detail = (e as PerformanceMark).detail as { revision?: number; coreMs?: number } | null;
        if (e.name.startsWith('grove:') && typeof detail?.revision === 'number')
          rec.marks.push({
            name: e.name,
            t: e.startTime,
            revision: detail.revision,
            ...(detail.coreMs !== undefined && { coreMs: detail.coreMs }),
          });
      }
    }).observe({ type: 'mark' });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) rec.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask' });
  });
}

/** Clears what was recorded so far and starts recording frames. */
export async function startRecording(page: Page): Promise<void> {
  await page.evaluate(() => {
    const rec = window.__bench!;
    rec.keys.length = 0;
    rec.marks.length = 0;
    rec.frames.length = 0;
    rec.frameEnds.length = 0;
    rec.longTasks.length = 0;
    rec.on = true;
    const ends = new MessageChannel();
    ends.port1.onmessage = () => rec.frameEnds.push(performance.now());
    const tick = () => {
      if (!rec.on) return;
      rec.frames.push(performance.now());
      ends.port2.postMessage(null);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

export async function stopRecording(page: Page): Promise<Recording> {
  // Let the frames after the last update be recorded, and the observers deliver their entries.
  await page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 50))),
      ),
  );
  return page.evaluate(() => {
    const rec = window.__bench!;
    rec.on = false;
    return {
      keys: [...rec.keys],
      marks: [...rec.marks],
      frames: [...rec.frames],
      frameEnds: [...rec.frameEnds],
      longTasks: [...rec.longTasks],
    };
  });
}

/** Waits until the page has shown the analysis (and, with `tree`, the pod tree rows) of its newest inputs. */
export async function waitForQuiet(page: Page, tree: boolean): Promise<void> {
  await page.waitForFunction(
    (tree) => {
      const rec = window.__bench!;
      const last = (name: string) => rec.marks.filter((m) => m.name === name).at(-1)?.revision ?? -1;
      const requested = last('grove:requested');
      return last('grove:shown') >= requested && (!tree || last('grove:tree-shown') >= requested);
    },
    tree,
    { polling: 100, timeout: 120_000 },
  );
}

export interface KeyLatency {
  /** Keydown to the first frame after the analysis including the key was committed. */
  readonly shown: number;
  /** The same for the pod tree's rows (absent when the tree was not on the screen). */
  readonly tree?: number;
  /** The later of the two: the whole page repainted. */
  readonly all: number;
}

/**
 * Pairs every keystroke with the analysis it caused: the first `grove:requested` mark after the keydown
 * (and before the next one) names its revision; the first `grove:shown` mark of that revision or a newer
 * one is when the page committed it (a burst of keys is analysed once, by the newest revision), and the
 * first animation frame after that commit is when it reached the screen. Keys that changed nothing (no
 * request) are left out.
 */
export function keyLatencies(rec: Recording, tree: boolean): KeyLatency[] {
  const requested = rec.marks.filter((m) => m.name === 'grove:requested');
  const shown = rec.marks.filter((m) => m.name === 'grove:shown');
  const treeShown = rec.marks.filter((m) => m.name === 'grove:tree-shown');
  // The frame that shows a commit: a commit made inside a frame's callbacks (the pod tree publishes its
  // rows there) is painted by that same frame, so it counts from the commit itself; any other commit
  // from the start of the next frame.
  const frameAfter = (t: number) => {
    let k = -1;
    while (k + 1 < rec.frames.length && rec.frames[k + 1]! <= t) k++;
    if (k !== -1 && t < (rec.frameEnds[k] ?? -Infinity)) return t;
    return rec.frames.find((f) => f >= t);
  };
  const out: KeyLatency[] = [];
  rec.keys.forEach((key, i) => {
    const next = rec.keys[i + 1] ?? Infinity;
    const request = requested.find((m) => m.t >= key && m.t < next);
    if (!request) return;
    const committed = shown.find((m) => m.revision >= request.revision && m.t >= request.t);
    const frame = committed && frameAfter(committed.t);
    if (frame === undefined) return;
    const latency: { shown: number; tree?: number; all: number } = { shown: frame - key, all: frame - key };
    if (tree) {
      const rows = treeShown.find((m) => m.revision >= request.revision && m.t >= request.t);
      const treeFrame = rows && frameAfter(rows.t);
      if (treeFrame === undefined) return;
      latency.tree = treeFrame - key;
      latency.all = Math.max(latency.shown, latency.tree);
    }
    out.push(latency);
  });
  return out;
}

/** Core time (in the worker) of every analysis shown during the recording. */
export function coreTimes(rec: Recording): number[] {
  return rec.marks.filter((m) => m.name === 'grove:shown' && m.coreMs !== undefined).map((m) => m.coreMs!);
}
