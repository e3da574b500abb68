/// <reference lib="webworker" />
import { CoreHost } from './handle';
import type { WorkerRequest } from './protocol';

// The core runs here, off the page's main thread: parsing a 5 MB manifest takes over a second.
const host = new CoreHost(() => performance.now());
const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  scope.postMessage(host.handle(event.data));
};
