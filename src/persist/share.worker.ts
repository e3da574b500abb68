/// <reference lib="webworker" />
import { decodeShare } from './share-link';

// Reads one long share link off the page's main thread (see ./share-off-thread.ts), then closes.
const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = (event: MessageEvent<string>) => {
  scope.postMessage(decodeShare(event.data));
  scope.close();
};
