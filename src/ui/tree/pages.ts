import type { Count } from '../../core/expand/types';

/**
 * Rows fetched from the worker a page at a time, for a virtualised list. Everything that changes the rows
 * (the analysis revision, the expanded nodes, the view) goes into `key`; while the pages of a new key load,
 * the rows of the old one stay on screen, and they are swapped in one step once every page asked for has
 * arrived, so the list never flickers. Plain TypeScript, read by React through `useSyncExternalStore`.
 */

export const PAGE_SIZE = 100;
/** Pages kept per key; the oldest go first. */
const KEEP_PAGES = 60;
/** Pages asked for at once, at most (a scroll bar dragged to the end asks for the end, not the middle). */
const MAX_REQUEST = 12;

export interface Page<R> {
  readonly count: Count;
  readonly rows: readonly R[];
}

/** Loads a page; a page already at hand (answered with the analysis) may be returned as it is. */
export type Loader<R> = (start: bigint, end: bigint) => Promise<Page<R> | null> | Page<R> | null;

export interface PagesSnapshot<R> {
  readonly key: string;
  /** Null until the first page of the first key arrives. */
  readonly count: bigint | null;
  row(index: bigint): R | undefined;
  /** Every page held, for summaries such as column widths. */
  loaded(): Iterable<readonly R[]>;
}

interface Cache<R> {
  readonly key: string;
  count: bigint | null;
  readonly pages: Map<bigint, readonly R[]>;
  /** Pages asked for and not answered yet. */
  readonly pending: Set<bigint>;
}

/** The pages that hold rows `from` to `to` (exclusive), at most `MAX_REQUEST` of them from the first. */
export function pagesOf(from: bigint, to: bigint): bigint[] {
  const first = (from < 0n ? 0n : from) / BigInt(PAGE_SIZE);
  let last = (to > from ? to - 1n : from) / BigInt(PAGE_SIZE);
  if (last - first >= BigInt(MAX_REQUEST)) last = first + BigInt(MAX_REQUEST) - 1n;
  const pages: bigint[] = [];
  for (let p = first; p <= last; p++) pages.push(p);
  return pages;
}

/** The rows a page holds, as a loader is asked for them. */
export function pageRange(page: bigint): { start: bigint; end: bigint } {
  const start = page * BigInt(PAGE_SIZE);
  return { start, end: start + BigInt(PAGE_SIZE) };
}

function defaultSchedule(run: () => void): void {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(run);
  else queueMicrotask(run);
}

function cache<R>(key: string): Cache<R> {
  return { key, count: null, pages: new Map(), pending: new Set() };
}

export class RowPages<R> {
  /** `schedule` defers the listeners' call (a frame in the browser; tests pass their own). */
  constructor(private readonly schedule: (run: () => void) => void = defaultSchedule) {}

  private shown: Cache<R> = cache('');
  private next: Cache<R> | null = null;
  private snap: PagesSnapshot<R> = this.snapshotOf(this.shown);
  private readonly listeners = new Set<() => void>();

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): PagesSnapshot<R> => this.snap;

  /** Makes sure rows `from` to `to` (exclusive) of `key` are loaded or loading. */
  request(key: string, from: bigint, to: bigint, load: Loader<R>): void {
    const target = this.cacheFor(key);
    for (const p of pagesOf(from, to)) {
      if (target.pages.has(p) || target.pending.has(p)) continue;
      if (target.count !== null && p * BigInt(PAGE_SIZE) >= target.count && p > 0n) continue;
      target.pending.add(p);
      const { start, end } = pageRange(p);
      const page = load(start, end);
      if (page instanceof Promise)
        page.then(
          (answer) => this.receive(target, p, answer),
          () => this.receive(target, p, null),
        );
      else this.receive(target, p, page, true);
    }
    if (this.due) this.publishNow();
  }

  private cacheFor(key: string): Cache<R> {
    if (this.shown.key === key) return this.shown;
    if (this.next?.key !== key) this.next = cache(key);
    return this.next;
  }

  /** Pages at hand were received during `request`: its caller is told before it returns. */
  private due = false;

  private receive(target: Cache<R>, p: bigint, page: Page<R> | null, atHand = false): void {
    target.pending.delete(p);
    if (target !== this.shown && target !== this.next) return;
    if (page) {
      target.pages.set(p, page.rows);
      target.count = BigInt(page.count);
      if (target.pages.size > KEEP_PAGES) target.pages.delete(target.pages.keys().next().value!);
    }
    if (target === this.next && target.pending.size === 0 && target.count !== null) {
      this.shown = target;
      this.next = null;
    }
    if (target !== this.shown) return;
    if (atHand) this.due = true;
    else this.publish();
  }

  private scheduled = false;

  /** Tells the list once per frame at most: pages answered together render together. */
  private publish(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    this.schedule(() => {
      this.scheduled = false;
      this.publishNow();
    });
  }

  /**
   * Tells the list at once: for pages that were at hand when asked for (called from a layout effect, the
   * list redraws before the browser paints, in the same frame as the analysis that brought them).
   */
  private publishNow(): void {
    this.due = false;
    this.snap = this.snapshotOf(this.shown);
    for (const listener of this.listeners) listener();
  }

  private snapshotOf(c: Cache<R>): PagesSnapshot<R> {
    const size = BigInt(PAGE_SIZE);
    return {
      key: c.key,
      count: c.count,
      row: (index) => c.pages.get(index / size)?.[Number(index % size)],
      loaded: () => c.pages.values(),
    };
  }
}
