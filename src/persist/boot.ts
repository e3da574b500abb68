import { broadcastChannel } from './channel';
import { isShareFragment } from './share-link';
import type { Startup } from './startup';
import type { WorkStorage } from './storage';
import { WorkSync } from './work-sync';
import type { DesignerStore } from '../store/store';

/** A random id for this tab (crypto.randomUUID needs a secure context; a workshop server may be plain HTTP). */
function tabId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/**
 * Starts autosave for the page: writes after changes, flushes when the page is hidden or closed, and
 * takes the share link out of the address (its design is now the saved work, so a reload keeps it).
 */
export function startAutosave(store: DesignerStore, storage: WorkStorage, startup: Startup): WorkSync {
  const sync = new WorkSync(store, storage, broadcastChannel(), {
    tabId: tabId(),
    known: startup.known,
    baseline: startup.baseline,
  }).start();
  if (startup.source === 'shared') sync.markSaved();
  if (isShareFragment(location.hash))
    history.replaceState(null, '', `${location.pathname}${location.search}`);
  window.addEventListener('pagehide', () => void sync.flush());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') void sync.flush();
  });
  return sync;
}
