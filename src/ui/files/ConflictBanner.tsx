import { useSyncExternalStore } from 'react';
import type { SyncState, WorkSync } from '../../persist/work-sync';

const idle: SyncState = { kind: 'idle' };

export function useSyncState(sync: WorkSync | null): SyncState {
  return useSyncExternalStore(sync?.subscribe ?? noSubscribe, sync?.getState ?? (() => idle));
}

const noSubscribe = () => () => {};

/**
 * Another tab saved this work: nothing more is written from here until the user chooses which
 * version to keep.
 */
export function ConflictBanner({ sync, onDownload }: { sync: WorkSync; onDownload: () => void }) {
  const state = useSyncState(sync);
  if (state.kind === 'unavailable')
    return (
      <p className="files-banner files-banner-warning" role="alert">
        {state.message} Download your manifest to keep it.
      </p>
    );
  if (state.kind !== 'conflict') return null;
  const when = new Date(state.theirs.savedAt).toLocaleTimeString();
  return (
    <div className="files-banner" role="alert" aria-label="Changed in another tab">
      <p>
        {state.edited
          ? `Another tab saved changes to this work at ${when} while you were editing here. Nothing is saved from this tab until you choose.`
          : `Another tab saved newer work at ${when}.`}
      </p>
      <div className="files-banner-actions">
        <button type="button" onClick={() => sync.takeTheirs()}>
          Load the other tab&apos;s version
        </button>
        <button type="button" className="primary" onClick={() => void sync.keepMine()}>
          Keep this tab&apos;s version
        </button>
        {state.edited && (
          <button type="button" onClick={onDownload}>
            Download this tab&apos;s manifest
          </button>
        )}
      </div>
    </div>
  );
}
