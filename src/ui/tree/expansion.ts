import type { DesignSummary } from '../../core/analysis/types';

/**
 * Which nodes of the pod tree are open. Kept outside React (one per page, see `useExpansion`), so the
 * tree opens where it was left when its tab comes back. Until the user opens or closes anything, the
 * tree opens the first PodCliqueSet replica down to its pods (`defaultExpanded`).
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

const enc = encodeURIComponent;

/** PCS replica 0, its groups and their first two replicas, and every PodClique under them. */
export function defaultExpanded(design: DesignSummary | undefined): string[] {
  if (!design || design.replicas < 1) return [];
  const keys = ['0'];
  const grouped = new Set(design.scalingGroups.flatMap((g) => g.cliqueNames));
  for (const c of design.cliques) if (c.name && !grouped.has(c.name)) keys.push(`0/c:${enc(c.name)}`);
  for (const g of design.scalingGroups) {
    if (!g.name) continue;
    keys.push(`0/g:${enc(g.name)}`);
    for (let j = 0; j < Math.min(2, g.replicas); j++) {
      keys.push(`0/g:${enc(g.name)}/${j}`);
      for (const c of g.cliqueNames) keys.push(`0/g:${enc(g.name)}/${j}/c:${enc(c)}`);
    }
  }
  return keys;
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
