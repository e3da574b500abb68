/// <reference lib="webworker" />
import ELK from 'elkjs/lib/elk.bundled.js';
import { layoutOfElk } from './elk-graph';
import type { LayoutRequest, LayoutResponse } from './types';

// ELK runs here, off the page's main thread: a 100-clique design takes about a second to lay out.
// The bundled build runs ELK in this worker itself (its own "fake worker" posts back with setTimeout).
const elk = new ELK();
const scope = self as unknown as DedicatedWorkerGlobalScope;

// Importing the bundle installs ELK's own message handler on `self`; ours replaces it.
scope.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const { id, key, graph } = event.data;
  const started = performance.now();
  elk.layout(graph).then(
    (result) => {
      const response: LayoutResponse = {
        id,
        layout: layoutOfElk(key, result),
        elapsedMs: performance.now() - started,
      };
      scope.postMessage(response);
    },
    (error: unknown) => {
      const response: LayoutResponse = { id, error: error instanceof Error ? error.message : String(error) };
      scope.postMessage(response);
    },
  );
};
