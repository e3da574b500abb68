import type { CoreHost } from './handle';
import type { WorkerLike, WorkerRequest, WorkerResponse } from './protocol';

/**
 * The largest input (manifest and live object, in characters) analysed on the page itself. The seed's
 * check takes 2-3 ms; what costs a keystroke on a small design is the trip to the worker and back,
 * which Chromium delivers 5-10 ms after the worker posts (measured on the seed: core 1.8 ms, post to
 * arrival 6.9 ms, median). A 100-clique manifest (about 40,000 characters, 20 ms of core) stays in the
 * worker, where it cannot block typing.
 */
export const LOCAL_LIMIT = 16 * 1024;

/**
 * The core's host as the client sees it: small designs are answered on the page, in the same task as
 * the keystroke (so they are painted in the next frame), large ones by the worker. Queries go where the
 * newest analysis was made, so they read its session. Until the page's own copy of the core has loaded
 * (it is fetched after startup, to keep it out of the first paint), everything goes to the worker.
 */
export class HybridHost implements WorkerLike {
  onmessage: ((event: { data: WorkerResponse }) => void) | null = null;
  private local: CoreHost | null = null;
  private here = false;

  constructor(
    private readonly worker: WorkerLike,
    loadLocal: () => Promise<CoreHost>,
  ) {
    worker.onmessage = (event) => this.onmessage?.(event);
    loadLocal().then(
      (host) => (this.local = host),
      () => undefined, // no local copy: the worker answers everything, as before
    );
  }

  postMessage(request: WorkerRequest): void {
    if (request.type === 'analyze') {
      const size = request.input.text.length + (request.input.live?.length ?? 0);
      this.here = this.local !== null && size <= LOCAL_LIMIT;
    }
    if (!this.here || !this.local) {
      this.worker.postMessage(request);
      return;
    }
    const response = this.local.handle(request);
    // As a worker would: never inside the caller's own call.
    queueMicrotask(() => this.onmessage?.({ data: response }));
  }

  terminate(): void {
    this.worker.terminate();
  }
}
