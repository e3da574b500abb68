import type { ElkNode } from 'elkjs/lib/elk-api';
import type { Layout, LayoutRequest, LayoutResponse } from './types';

/** The part of a Worker the client uses (tests hand in a fake). */
export interface LayoutWorker {
  postMessage(message: LayoutRequest): void;
  onmessage: ((event: MessageEvent<LayoutResponse>) => void) | null;
  terminate(): void;
}

const CACHE = 16;

/**
 * The page's side of the layout worker. Layouts are remembered by structure key, so going back to
 * a structure (undo) reuses its layout at once. While one layout runs, newer requests replace each
 * other: a burst of renames costs one layout per round trip, never a queue.
 */
export class LayoutClient {
  private readonly cache = new Map<string, Layout>();
  private nextId = 1;
  private inFlight: { id: number; key: string } | null = null;
  private pending: { key: string; graph: () => ElkNode } | null = null;
  private readonly listeners = new Set<(layout: Layout) => void>();
  /** The structure asked for last: a layout of another one arriving late must not replace its layout. */
  private wanted: string | null = null;
  /** Time the last layout took in the worker, in milliseconds. */
  lastElapsedMs = 0;

  constructor(private readonly worker: LayoutWorker) {
    worker.onmessage = (event) => this.receive(event.data);
  }

  /** The remembered layout for `key`, if any. */
  cached(key: string): Layout | undefined {
    return this.cache.get(key);
  }

  /** Asks for a layout; listeners hear about it when it arrives (at once if it is remembered). */
  request(key: string, graph: () => ElkNode): void {
    this.wanted = key;
    const known = this.cache.get(key);
    if (known) {
      this.pending = null;
      this.emit(known);
      return;
    }
    if (this.inFlight?.key === key) {
      this.pending = null;
      return;
    }
    if (this.inFlight) {
      this.pending = { key, graph };
      return;
    }
    this.send(key, graph());
  }

  /** Remembers a layout made on the page (a renamed structure's, see rename.ts) and shows it. */
  adopt(layout: Layout): void {
    this.wanted = layout.key;
    this.pending = null;
    this.remember(layout);
    this.emit(layout);
  }

  subscribe(listener: (layout: Layout) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  dispose(): void {
    this.worker.terminate();
    this.listeners.clear();
  }

  private send(key: string, graph: ElkNode): void {
    const id = this.nextId++;
    this.inFlight = { id, key };
    this.worker.postMessage({ id, key, graph });
  }

  private receive(response: LayoutResponse): void {
    if (response.id !== this.inFlight?.id) return;
    this.inFlight = null;
    if ('layout' in response) {
      const { key } = response.layout;
      // Typing "xy", then two backspaces: the layout of "x" arrives after the first structure's came back
      // from the cache; it is remembered, not shown.
      const wantedShown = this.wanted !== key && this.wanted !== null && this.cache.has(this.wanted);
      this.lastElapsedMs = response.elapsedMs;
      this.remember(response.layout);
      if (!wantedShown) this.emit(response.layout);
    } else console.warn(`Automatic layout failed: ${response.error}`);
    const next = this.pending;
    this.pending = null;
    if (next) this.request(next.key, next.graph);
  }

  private remember(layout: Layout): void {
    this.cache.delete(layout.key);
    this.cache.set(layout.key, layout);
    if (this.cache.size > CACHE) this.cache.delete(this.cache.keys().next().value!);
  }

  private emit(layout: Layout): void {
    for (const listener of this.listeners) listener(layout);
  }
}
