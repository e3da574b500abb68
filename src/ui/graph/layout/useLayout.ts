import { useEffect, useRef, useState } from 'react';
import { structureKey } from '../model/structure-key';
import type { Topology } from '../model/topology';
import { LayoutClient } from './client';
import { elkGraphOf } from './elk-graph';
import { renamedLayout } from './rename';
import LayoutWorkerScript from './layout.worker.ts?worker';
import type { Layout } from './types';

let shared: LayoutClient | null = null;

/** One layout worker for the page, started when the graph first needs it. */
export function layoutClient(): LayoutClient {
  shared ??= new LayoutClient(new LayoutWorkerScript());
  return shared;
}

/**
 * The automatic layout of a topology. It is asked for again only when the structure key changes
 * (membership, order, edges); meanwhile the previous layout keeps the nodes it knows in place. A
 * rename keeps the layout under the new names (rename.ts): typing a clique's name costs no layout.
 */
export function useLayout(topology: Topology | null): { layout: Layout | null; key: string | null } {
  const client = layoutClient();
  const key = topology ? structureKey(topology) : null;
  const [layout, setLayout] = useState<Layout | null>(() => (key ? (client.cached(key) ?? null) : null));
  /** The last topology whose layout was on the screen. */
  const shown = useRef<{ topology: Topology; key: string } | null>(null);
  useEffect(() => client.subscribe(setLayout), [client]);
  useEffect(() => {
    if (topology && key && layout?.key === key) shown.current = { topology, key };
  }, [topology, key, layout]);
  useEffect(() => {
    if (!topology || !key) return;
    const last = shown.current;
    const base = last && last.key !== key && !client.cached(key) ? client.cached(last.key) : undefined;
    const renamed = base && last ? renamedLayout(last.topology, topology, base, key) : null;
    if (renamed) client.adopt(renamed);
    else client.request(key, () => elkGraphOf(topology));
  }, [client, key, topology]);
  return { layout, key };
}
