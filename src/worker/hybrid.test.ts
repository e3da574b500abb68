import { describe, expect, it } from 'vitest';
import { HELM_DEFAULTS } from '../core/check/settings';
import { seedText } from '../core/test-support/samples';
import { CoreClient } from './client';
import { CoreHost } from './handle';
import { HybridHost, LOCAL_LIMIT } from './hybrid';
import type { WorkerLike, WorkerRequest, WorkerResponse } from './protocol';
import { treeWindowQuery } from './queries/tree-window';

/** A worker that answers with its own CoreHost, a turn later, and remembers what it was asked. */
function fakeWorker() {
  const host = new CoreHost(() => 0);
  const asked: WorkerRequest['type'][] = [];
  const worker: WorkerLike = {
    onmessage: null,
    postMessage(request) {
      asked.push(request.type);
      const response: WorkerResponse = host.handle(request);
      setTimeout(() => worker.onmessage?.({ data: response }), 0);
    },
    terminate() {},
  };
  return { worker, asked };
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 5));
const input = (revision: number, text: string) => ({
  revision,
  text,
  activeDocument: 0,
  cluster: HELM_DEFAULTS,
});

describe('HybridHost', () => {
  it('answers a small design on the page, in the same turn, once its copy of the core is there', async () => {
    const { worker, asked } = fakeWorker();
    const client = new CoreClient(new HybridHost(worker, () => Promise.resolve(new CoreHost(() => 0))));
    await settled();
    client.analyze(input(1, seedText));
    await Promise.resolve(); // one microtask: no timer, no worker
    expect(client.getState().latest?.revision).toBe(1);
    expect(String(client.getState().latest?.active?.totals.pods)).toBe('13');
    const answer = await client.query(treeWindowQuery, { start: 0n, end: 3n, expanded: [] });
    expect(answer.revision).toBe(1);
    expect(asked).toEqual([]);
  });

  it('sends a large design, and the queries about it, to the worker', async () => {
    const { worker, asked } = fakeWorker();
    const client = new CoreClient(new HybridHost(worker, () => Promise.resolve(new CoreHost(() => 0))));
    await settled();
    const big = `${seedText}\n${'#'.repeat(LOCAL_LIMIT)}\n`;
    client.analyze(input(1, big));
    await settled();
    expect(client.getState().latest?.revision).toBe(1);
    await client.query(treeWindowQuery, { start: 0n, end: 3n, expanded: [] });
    expect(asked).toEqual(['analyze', 'query']);
    // Back to a small text: the page answers again, and the worker is not asked.
    client.analyze(input(2, seedText));
    await Promise.resolve();
    expect(client.getState().latest?.revision).toBe(2);
    expect(asked).toEqual(['analyze', 'query']);
  });

  it('uses the worker for everything while the local copy has not loaded, or failed to', async () => {
    const { worker, asked } = fakeWorker();
    const client = new CoreClient(new HybridHost(worker, () => Promise.reject(new Error('offline'))));
    await settled();
    client.analyze(input(1, seedText));
    await settled();
    expect(client.getState().latest?.revision).toBe(1);
    expect(asked).toEqual(['analyze']);
  });
});
