import { useEffect, useState } from 'react';
import { structureKey } from '../model/structure-key';
import type { Topology } from '../model/topology';
import { LayoutClient } from './client';
import { elkGraphOf } from './elk-graph';
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
 * (names, membership, order, edges); meanwhile the previous layout keeps the nodes it knows in place.
 */
export function useLayout(topology: Topology | null): { layout: Layout | null; key: string | null } {
  const client = layoutClient();
  const key = topology ? structureKey(topology) : null;
  const [layout, setLayout] = useState<Layout | null>(() => (key ? (client.cached(key) ?? null) : null));
  useEffect(() => client.subscribe(setLayout), [client]);
  useEffect(() => {
    if (topology && key) client.request(key, () => elkGraphOf(topology));
  }, [client, key, topology]);
  return { layout, key };
}
