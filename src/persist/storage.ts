import { createStore, get, promisifyRequest, type UseStore } from 'idb-keyval';

/** Who wrote the stored work last, and its revision: all a write needs to read first. */
export interface Stamp {
  readonly revision: number;
  readonly writer: string;
}

/**
 * Where the work is kept: IndexedDB (not localStorage: a 5 MB manifest is near its quota, and its writes
 * block the page). The work is one value; beside it a small stamp (revision, writer), so that a write
 * reads the stamp instead of the whole stored work (reading back a 5 MB manifest before each autosave
 * held the page 140-200 ms). `write` reads the stamp and writes in one transaction, so a check of the
 * stored revision and the write that follows cannot interleave with another tab's write.
 */
export interface WorkStorage {
  read(): Promise<unknown>;
  /**
   * Writes `next(stamp).value` with its stamp; when `next` returns `undefined` nothing is written.
   * Resolves to the stamp it saw (undefined when nothing was stored).
   */
  write(
    next: (stamp: Stamp | undefined) => { readonly stamp: Stamp; readonly value: unknown } | undefined,
  ): Promise<{ readonly written: boolean; readonly seen: Stamp | undefined }>;
}

export const DATABASE = 'grove-designer';
const STORE = 'work';
const KEY = 'current';
const STAMP_KEY = 'current-stamp';

/** The stamp of a stored value: `revision` and `writer` of the stamp key, or of the work written before it existed. */
export function stampOf(value: unknown): Stamp | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const { revision, writer } = value as { revision?: unknown; writer?: unknown };
  return Number.isSafeInteger(revision) && typeof writer === 'string'
    ? { revision: revision as number, writer }
    : undefined;
}

export function indexedDbStorage(database = DATABASE): WorkStorage {
  let db: UseStore | undefined;
  const open = () => (db ??= createStore(database, STORE));
  return {
    read: () => get(KEY, open()),
    write: (next) =>
      open()('readwrite', async (store) => {
        // Work saved before the stamp key existed carries its own revision: read it once.
        const stamped: unknown = await promisifyRequest(store.get(STAMP_KEY));
        const seen = stampOf(stamped === undefined ? await promisifyRequest(store.get(KEY)) : stamped);
        const out = next(seen);
        if (!out) return { written: false, seen };
        store.put(out.value, KEY);
        store.put(out.stamp, STAMP_KEY);
        await promisifyRequest(store.transaction);
        return { written: true, seen };
      }),
  };
}
