import { useState, useSyncExternalStore } from 'react';
import { RowPages, type PagesSnapshot } from './pages';

/** A page cache for a list the worker computes (`pages.ts`) and its current snapshot. */
export function useRowPages<R>(): [RowPages<R>, PagesSnapshot<R>] {
  const [pages] = useState(() => new RowPages<R>());
  return [pages, useSyncExternalStore(pages.subscribe, pages.getSnapshot)];
}
