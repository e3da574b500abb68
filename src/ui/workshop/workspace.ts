import { createDesignerStore, type ThemePreference } from '../../store/store';
import { CoreClient } from '../../worker/client';
import { connectStoreToCore } from '../../worker/connect';
import type { WorkerLike } from '../../worker/protocol';
import CoreWorker from '../../worker/core.worker.ts?worker';
import { bundledLessons } from '../../workshop/bundled';
import type { Designer } from '../DesignerContext';
import { createEvents } from '../events';
import { createWorkshopState, type WorkshopStore } from './state';
import { localProgressStorage } from './storage';

/**
 * The workshop's own workspace: a second designer store with its own worker and events, and the
 * lesson state. The user's design, its autosave and its undo history are never touched: nothing here
 * is given to `persist/`, and the console API keeps reading the user's store.
 */
export interface Workspace {
  readonly designer: Designer;
  readonly lessons: WorkshopStore;
}

let workspace: Workspace | null = null;

/** The page's one workspace, made when the workshop is first opened and kept while the page lives. */
export function workshopWorkspace(theme: ThemePreference): Workspace {
  if (workspace) return workspace;
  const { pack } = bundledLessons();
  const store = createDesignerStore({ text: pack.lessons[0]?.manifest ?? '' });
  store.getState().setView({ theme, panel: 'anatomy', split: 0.5 });
  const core = new CoreClient(new CoreWorker() as unknown as WorkerLike);
  connectStoreToCore(store, core);
  workspace = {
    designer: { store, core, events: createEvents() },
    lessons: createWorkshopState(pack.lessons, localProgressStorage()),
  };
  return workspace;
}
