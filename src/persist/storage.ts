import { createStore, get, update, type UseStore } from 'idb-keyval';

/**
 * Where the work is kept: one value in IndexedDB (not localStorage: a 5 MB manifest is near its quota,
 * and its writes block the page). `write` reads and writes in one transaction, so a check of the stored
 * revision and the write that follows cannot interleave with another tab's write.
 */
export interface WorkStorage {
  read(): Promise<unknown>;
  /** Writes `next(old)`; when it returns `undefined` nothing is written. Resolves to the value it saw. */
  write(next: (old: unknown) => unknown): Promise<{ readonly written: boolean; readonly seen: unknown }>;
}

export const DATABASE = 'grove-designer';
const STORE = 'work';
const KEY = 'current';

class Abort extends Error {}

export function indexedDbStorage(database = DATABASE): WorkStorage {
  let db: UseStore | undefined;
  const open = () => (db ??= createStore(database, STORE));
  return {
    read: () => get(KEY, open()),
    async write(next) {
      let seen: unknown;
      try {
        await update(
          KEY,
          (old: unknown) => {
            seen = old;
            const value = next(old);
            if (value === undefined) throw new Abort();
            return value;
          },
          open(),
        );
        return { written: true, seen };
      } catch (error) {
        if (error instanceof Abort) return { written: false, seen };
        throw error;
      }
    },
  };
}
