import { decodeShare, SHARE_LIMIT } from './share-link';

/**
 * Above this many characters a share link is read in a worker: decompressing the link of a 5 MB manifest
 * (300,000 characters) held the main thread 160-190 ms on a loaded two-core machine (issue 7's budget is
 * 200 ms for any task). The links the designer makes stop at `SHARE_LIMIT`; longer ones come from
 * elsewhere.
 */
export const OFF_THREAD_CHARS = SHARE_LIMIT;

type Decoded = ReturnType<typeof decodeShare>;

/** `decodeShare`, in a worker of its own for long links; the same answer either way. */
export function decodeShareOffThread(hash: string): Promise<Decoded> {
  if (hash.length <= OFF_THREAD_CHARS || typeof Worker === 'undefined')
    return Promise.resolve(decodeShare(hash));
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./share.worker.ts', import.meta.url), { type: 'module' });
    const done = (answer: Decoded) => {
      worker.terminate();
      resolve(answer);
    };
    worker.onmessage = (event: MessageEvent<Decoded>) => done(event.data);
    // A worker that cannot start (a blocked script) must not lose the link: read it here after all.
    worker.onerror = () => done(decodeShare(hash));
    worker.postMessage(hash);
  });
}
