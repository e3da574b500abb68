import { describe, expect, it } from 'vitest';
import { PAGE_SIZE, RowPages, type Page } from './pages';

/** A loader whose answers the test releases by hand, to play out answers arriving late or out of order. */
function manual(rowsFor: (key: string, i: bigint) => string, count: number) {
  const waiting: { key: string; start: bigint; end: bigint; resolve: (p: Page<string>) => void }[] = [];
  const loader = (key: string) => (start: bigint, end: bigint) =>
    new Promise<Page<string>>((resolve) => waiting.push({ key, start, end, resolve }));
  const answer = async (n = waiting.length) => {
    for (const w of waiting.splice(0, n)) {
      const rows: string[] = [];
      for (let i = w.start; i < w.end && i < BigInt(count); i++) rows.push(rowsFor(w.key, i));
      w.resolve({ count, rows });
    }
    await Promise.resolve();
    await Promise.resolve();
  };
  return { loader, answer, waiting };
}

describe('RowPages', () => {
  it('loads the pages a window covers, once each', async () => {
    const pages = new RowPages<string>((run) => run());
    const m = manual((k, i) => `${k}:${i}`, 1000);
    pages.request('a', 150n, 320n, m.loader('a'));
    pages.request('a', 150n, 320n, m.loader('a'));
    expect(m.waiting.map((w) => w.start)).toEqual([100n, 200n, 300n]);
    await m.answer();
    const snap = pages.getSnapshot();
    expect(snap.count).toBe(1000n);
    expect(snap.row(150n)).toBe('a:150');
    expect(snap.row(50n)).toBeUndefined();
  });

  it('shows pages at hand (answered with the analysis) before `request` returns, without waiting a frame', () => {
    const frames: (() => void)[] = [];
    const pages = new RowPages<string>((run) => frames.push(run));
    const atHand = (key: string) => (start: bigint, end: bigint) => ({
      count: 1000,
      rows: Array.from({ length: Number(end - start) }, (_, i) => `${key}:${start + BigInt(i)}`),
    });
    let changes = 0;
    pages.subscribe(() => changes++);
    pages.request('a', 0n, 150n, atHand('a'));
    expect(changes).toBe(1);
    expect(pages.getSnapshot()).toMatchObject({ key: 'a', count: 1000n });
    expect(pages.getSnapshot().row(120n)).toBe('a:120');
    pages.request('b', 0n, 150n, atHand('b'));
    expect(pages.getSnapshot().row(0n)).toBe('b:0');
    expect(frames).toEqual([]);
  });

  it('keeps the old rows until every page of a new key has arrived, then swaps at once', async () => {
    const pages = new RowPages<string>((run) => run());
    const m = manual((k, i) => `${k}:${i}`, 1000);
    pages.request('a', 0n, 200n, m.loader('a'));
    await m.answer();
    let changes = 0;
    pages.subscribe(() => changes++);
    pages.request('b', 0n, 200n, m.loader('b'));
    await m.answer(1);
    expect(pages.getSnapshot().row(0n)).toBe('a:0');
    expect(changes).toBe(0);
    await m.answer(1);
    expect(pages.getSnapshot().row(0n)).toBe('b:0');
    expect(pages.getSnapshot().row(199n)).toBe('b:199');
    expect(changes).toBe(1);
  });

  it('drops answers for a key that was replaced before they came', async () => {
    const pages = new RowPages<string>((run) => run());
    const m = manual((k, i) => `${k}:${i}`, 1000);
    pages.request('a', 0n, 10n, m.loader('a'));
    pages.request('b', 0n, 10n, m.loader('b'));
    pages.request('c', 0n, 10n, m.loader('c'));
    await m.answer();
    expect(pages.getSnapshot().key).toBe('c');
    expect(pages.getSnapshot().row(3n)).toBe('c:3');
  });

  it('asks for a bounded number of pages however wide the window, and none past the end', async () => {
    const pages = new RowPages<string>((run) => run());
    const m = manual((k, i) => `${k}:${i}`, 250);
    pages.request('a', 0n, 10n, m.loader('a'));
    await m.answer();
    pages.request('a', 0n, BigInt(PAGE_SIZE) * 1000n, m.loader('a'));
    expect(m.waiting.map((w) => w.start)).toEqual([100n, 200n]);
  });
});
