import { useSyncExternalStore } from 'react';

/** The workshop lives at `#/workshop` and `#/workshop/<lesson-id>`; any other fragment is the designer. */
export interface WorkshopRoute {
  /** The lesson in the link, or null for "where I was". */
  readonly lesson: string | null;
}

const PREFIX = '#/workshop';

export function parseRoute(hash: string): WorkshopRoute | null {
  if (hash !== PREFIX && !hash.startsWith(`${PREFIX}/`)) return null;
  const rest = hash.slice(PREFIX.length + 1);
  if (!rest) return { lesson: null };
  try {
    return { lesson: decodeURIComponent(rest) };
  } catch {
    return { lesson: rest };
  }
}

export function lessonHref(id: string): string {
  return `${PREFIX}/${encodeURIComponent(id)}`;
}

export const designerHref = '#/';

const subscribe = (listener: () => void) => {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
};

/** The URL fragment, re-read when it changes. */
export function useHash(): string {
  return useSyncExternalStore(subscribe, () => window.location.hash);
}
