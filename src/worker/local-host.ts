import { CoreHost } from './handle';

/** The core's host on the page itself, loaded apart from the first paint (see hybrid.ts). */
export function createLocalHost(): CoreHost {
  return new CoreHost(() => performance.now());
}
