import { emptyProgress, readProgress, type WorkshopProgress } from '../../workshop/progress';

/**
 * The workshop's own record in localStorage, apart from the user's design (which persist/ keeps in
 * IndexedDB): a small record, written whole. Storage that refuses (private mode, quota) only loses progress.
 */
export interface ProgressStorage {
  read(): WorkshopProgress;
  write(progress: WorkshopProgress): void;
}

export const PROGRESS_KEY = 'grove-designer.workshop';

export function localProgressStorage(
  storage: Storage | undefined = globalThis.localStorage,
): ProgressStorage {
  return {
    read() {
      try {
        const raw = storage?.getItem(PROGRESS_KEY);
        return raw ? readProgress(JSON.parse(raw)) : emptyProgress;
      } catch {
        return emptyProgress;
      }
    },
    write(progress) {
      try {
        storage?.setItem(PROGRESS_KEY, JSON.stringify(progress));
      } catch {
        // Full or forbidden storage: the workshop goes on, progress is just not kept.
      }
    },
  };
}
