import { editorMayLoad } from '../perf/startup';
import { nextTask } from '../perf/tasks';
import type { CreateManifestEditor } from './types';

let loading: Promise<CreateManifestEditor> | undefined;

/**
 * Loads Monaco, monaco-yaml and the Grove schemas on first use (a separate chunk, so the rest of the page
 * paints first) and resolves to the editor factory. Later calls share the same load.
 */
export function loadManifestEditor(): Promise<CreateManifestEditor> {
  // After the graph's first drawing (src/ui/perf/startup.ts), and in steps, each in a task of its own so
  // that no single task holds the main thread for all of it (issue 7: none over 200 ms): Monaco's core,
  // its features and the adapter, its services and monaco-yaml; the caller then creates the editor.
  loading ??= editorMayLoad()
    .then(() => import('monaco-editor/editor/common/services/editorBaseApi.js'))
    .then(nextTask)
    .then(() => import('monaco-editor/editor/browser/widget/codeEditor/codeEditorWidget.js'))
    .then(nextTask)
    .then(() => import('monaco-editor/editor/standalone/browser/standaloneServices.js'))
    .then(nextTask)
    .then(() => import('monaco-editor/editor'))
    .then(nextTask)
    .then(() => import('./monaco/create'))
    .then(async (m) => {
      await nextTask();
      m.prepareMonaco();
      await nextTask();
      return m;
    })
    .then(
      (m) => m.createManifestEditor,
      (error: unknown) => {
        loading = undefined; // a failed load (e.g. the server went away) may be retried
        throw error;
      },
    );
  return loading;
}
