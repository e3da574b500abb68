import EditorWorker from 'monaco-editor/editor/editor.worker.js?worker';
import YamlWorker from './yaml.worker.ts?worker';

/** Monaco asks for its workers here; Vite bundles both as files of our own origin (no CDN, no blob code). */
export function installMonacoEnvironment(): void {
  globalThis.MonacoEnvironment = {
    getWorker: (_workerId: string, label: string) =>
      label === 'yaml' ? new YamlWorker() : new EditorWorker(),
  };
}

export function createYamlWorker(): Worker {
  return new YamlWorker();
}
