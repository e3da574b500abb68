import { configureMonacoYaml, type MonacoYaml } from 'monaco-yaml';
import type { Monaco } from './monaco';
import { createYamlWorker } from './environment';
import { groveSchemaSettings } from './schemas';

type WorkerOptions = Parameters<Monaco['editor']['createWebWorker']>[0];

/** What monaco-yaml 5.5 hands `createWebWorker`: no `worker`, but a label and data for the worker. */
interface LegacyWorkerOptions extends Partial<WorkerOptions> {
  readonly createData?: unknown;
}

/**
 * monaco-yaml 5.5.1 calls `createWebWorker` without the `worker` Monaco 0.53+ requires (without one there are
 * no completions and no hover). This Monaco creates the YAML worker itself and sends it what monaco-yaml's
 * worker bootstrap waits for: a first message it ignores, then the options (`createData`).
 */
function withYamlWorker(monaco: Monaco): Monaco {
  function createWebWorker<T extends object>(options: LegacyWorkerOptions) {
    if (options.worker) return monaco.editor.createWebWorker<T>(options as WorkerOptions);
    const worker = createYamlWorker();
    worker.postMessage('ignore');
    worker.postMessage(options.createData);
    return monaco.editor.createWebWorker<T>({
      worker,
      ...(options.host && { host: options.host }),
      ...(options.keepIdleModels !== undefined && { keepIdleModels: options.keepIdleModels }),
    });
  }
  return { ...monaco, editor: { ...monaco.editor, createWebWorker } };
}

let configured: MonacoYaml | undefined;

/**
 * Configures monaco-yaml once for the page: completion and hover from Grove's schemas, no schema requests
 * (everything is bundled), and no validation of its own, since the core's diagnostics are the ones shown and
 * two validators would disagree.
 */
export function configureYaml(monaco: Monaco): void {
  configured ??= configureMonacoYaml(withYamlWorker(monaco), {
    enableSchemaRequest: false,
    validate: false,
    completion: true,
    hover: true,
    hoverSchemaSource: false,
    isKubernetes: false,
    format: { enable: true, singleQuote: false, proseWrap: 'preserve' },
    schemas: groveSchemaSettings(),
  });
}
