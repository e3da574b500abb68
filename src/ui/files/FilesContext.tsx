import { createContext, useContext, type ReactNode } from 'react';
import type { Startup } from '../../persist/startup';
import type { WorkSync } from '../../persist/work-sync';

/** What the file features need besides the designer: autosave, how the page started, the seed. */
export interface FilesSession {
  /** Autosave; null where the page runs without it (tests, a browser without IndexedDB). */
  readonly sync: WorkSync | null;
  readonly startup: Startup | null;
  /** The example "Reset to example" goes back to. */
  readonly seed: string;
}

const FilesContext = createContext<FilesSession | null>(null);

export function FilesProvider({ session, children }: { session: FilesSession; children: ReactNode }) {
  return <FilesContext.Provider value={session}>{children}</FilesContext.Provider>;
}

/** The files session, or a stand-in without autosave when none was provided. */
export function useFilesSession(): FilesSession {
  return useContext(FilesContext) ?? fallback;
}

const fallback: FilesSession = { sync: null, startup: null, seed: '' };
