import { editorMayLoad } from '../perf/startup';
import type { CreateManifestEditor } from './types';

let loading: Promise<CreateManifestEditor> | undefined;

/**
 * Loads Monaco, monaco-yaml and the Grove schemas on first use (a separate chunk, so the rest of the page
 * paints first) and resolves to the editor factory. Later calls share the same load.
 */
export function loadManifestEditor(): Promise<CreateManifestEditor> {
  // After the graph's first drawing (src/ui/perf/startup.ts), and in steps: Monaco's core, then a new
  // task for its features and the adapter, so no single task holds the main thread for all of it.
  loading ??= editorMayLoad()
    .then(() => import('monaco-editor/editor'))
    .then(() => new Promise((resolve) => setTimeout(resolve, 0)))
    .then(() => import('./monaco/create'))
    .then(
      (m) => m.createManifestEditor,
      (error: unknown) => {
        loading = undefined; // a failed load (e.g. the server went away) may be retried
        throw error;
      },
    );
  return loading;
}
