/**
 * Which nodes of the pod tree are open. Kept outside React (one per page, see `useExpansion`), so the
 * tree opens where it was left when its tab comes back. Until the user opens or closes anything, the
 * tree opens the first PodCliqueSet replica down to its pods (`core/tree/default-expanded.ts`, which the
 * worker applies too).
 */
export class TreeExpansion {
  private keys: readonly string[] | null = null;
  private readonly listeners = new Set<() => void>();

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The user's expanded keys, or null while the default applies. */
  getSnapshot = (): readonly string[] | null => this.keys;

  set(keys: readonly string[]): void {
    this.keys = keys;
    for (const listener of this.listeners) listener();
  }
}

/** Opens or closes one node. */
export function toggled(keys: readonly string[], key: string, open: boolean): string[] {
  const without = keys.filter((k) => k !== key);
  return open ? [...without, key] : without;
}

/** The keys of a node's ancestors and itself: `0/g:a/1/c:b` -> `0`, `0/g:a`, `0/g:a/1`, `0/g:a/1/c:b`. */
export function pathKeys(key: string): string[] {
  const segments = key.split('/');
  return segments.map((_, n) => segments.slice(0, n + 1).join('/'));
}
