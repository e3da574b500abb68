import type { CreateManifestEditor } from './types';

let loading: Promise<CreateManifestEditor> | undefined;

/**
 * Loads Monaco, monaco-yaml and the Grove schemas on first use (a separate chunk, so the rest of the page
 * paints first) and resolves to the editor factory. Later calls share the same load.
 */
export function loadManifestEditor(): Promise<CreateManifestEditor> {
  loading ??= import('./monaco/create').then(
    (m) => m.createManifestEditor,
    (error: unknown) => {
      loading = undefined; // a failed load (e.g. the server went away) may be retried
      throw error;
    },
  );
  return loading;
}
