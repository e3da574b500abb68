import { describe, expect, it } from 'vitest';
import { LayoutClient, type LayoutWorker } from './client';
import type { Layout, LayoutRequest, LayoutResponse } from './types';

/** A worker that answers when told to, so the test decides the order of events. */
function fakeWorker() {
  const sent: LayoutRequest[] = [];
  const worker: LayoutWorker = {
    onmessage: null,
    postMessage: (m) => void sent.push(m),
    terminate: () => undefined,
  };
  const answer = (request: LayoutRequest) => {
    const layout: Layout = { key: request.key, positions: {}, parents: {} };
    const response: LayoutResponse = { id: request.id, layout, elapsedMs: 1 };
    worker.onmessage?.({ data: response } as MessageEvent<LayoutResponse>);
  };
  return { worker, sent, answer };
}

const graph = () => ({ id: 'root' });

describe('LayoutClient', () => {
  it('runs one layout at a time; requests made meanwhile collapse into the newest', () => {
    const { worker, sent, answer } = fakeWorker();
    const client = new LayoutClient(worker);
    const heard: string[] = [];
    client.subscribe((l) => heard.push(l.key));
    client.request('a', graph);
    client.request('b', graph);
    client.request('c', graph);
    expect(sent.map((r) => r.key)).toEqual(['a']);
    answer(sent[0]!);
    expect(sent.map((r) => r.key)).toEqual(['a', 'c']);
    answer(sent[1]!);
    expect(heard).toEqual(['a', 'c']);
  });

  it('remembers layouts by structure key: asking again answers at once, without the worker', () => {
    const { worker, sent, answer } = fakeWorker();
    const client = new LayoutClient(worker);
    client.request('a', graph);
    answer(sent[0]!);
    const heard: string[] = [];
    client.subscribe((l) => heard.push(l.key));
    client.request('a', graph);
    expect(heard).toEqual(['a']);
    expect(sent).toHaveLength(1);
    expect(client.cached('a')?.key).toBe('a');
  });

  it('going back to a remembered structure while others are computed: late layouts do not replace it', () => {
    const { worker, sent, answer } = fakeWorker();
    const client = new LayoutClient(worker);
    client.request('a', graph);
    answer(sent[0]!);
    const heard: string[] = [];
    client.subscribe((l) => heard.push(l.key));
    client.request('b', graph); // typed a character
    client.request('c', graph); // and another (waits)
    client.request('b', graph); // one backspace: no longer waiting for c
    client.request('a', graph); // two: back to the first structure, at once from memory
    answer(sent[1]!); // b arrives late
    expect(heard).toEqual(['a']);
    expect(sent.map((r) => r.key)).toEqual(['a', 'b']);
    expect(client.cached('b')?.key).toBe('b');
  });

  it('does not build the ELK graph for a request it will not send', () => {
    const { worker } = fakeWorker();
    const client = new LayoutClient(worker);
    let built = 0;
    const counting = () => {
      built++;
      return graph();
    };
    client.request('a', counting);
    client.request('a', counting);
    client.request('b', counting);
    client.request('c', counting);
    expect(built).toBe(1);
  });

  it('adopts a layout made on the page: shown and remembered at once; a late worker layout does not replace it', () => {
    const { worker, sent, answer } = fakeWorker();
    const client = new LayoutClient(worker);
    const heard: string[] = [];
    client.subscribe((l) => heard.push(l.key));
    client.request('a', graph);
    client.request('b', graph); // queued behind a
    client.adopt({ key: 'renamed', positions: {}, parents: {} });
    expect(heard).toEqual(['renamed']);
    expect(client.cached('renamed')).toBeDefined();
    answer(sent[0]!); // a arrives late: remembered, not shown; b was dropped
    expect(heard).toEqual(['renamed']);
    expect(sent.map((r) => r.key)).toEqual(['a']);
  });
});
