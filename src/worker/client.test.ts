import { describe, expect, it } from 'vitest';
import { CoreClient } from './client';
import { queryKey, type WorkerLike, type WorkerRequest, type WorkerResponse } from './protocol';
import type { Analysis } from '../core/analysis/types';
import { HELM_DEFAULTS } from '../core/check/settings';
import { rowsQuery } from './queries/rows';

/** A worker that answers only when the test says so. */
class FakeWorker implements WorkerLike {
  readonly sent: WorkerRequest[] = [];
  onmessage: ((event: { data: WorkerResponse }) => void) | null = null;
  terminated = false;
  postMessage(message: WorkerRequest): void {
    this.sent.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  reply(data: WorkerResponse): void {
    this.onmessage?.({ data });
  }
}

function analysis(revision: number, readable: boolean, documents = 1): Analysis {
  return {
    revision,
    documents: Array.from({ length: documents }, (_, index) => ({
      index,
      range: { start: 0, end: 1 },
      kind: 'PodCliqueSet',
      skipped: false,
      broken: !readable,
      errors: readable ? 0 : 1,
      warnings: 0,
    })),
    diagnostics: [],
    errors: 0,
    warnings: 0,
    unreadable: !readable,
    activeIndex: 0,
    active: readable ? ({ index: 0 } as Analysis['active']) : null,
    elapsedMs: 0,
  };
}

const input = (revision: number) => ({
  revision,
  text: `t${revision}`,
  activeDocument: 0,
  cluster: HELM_DEFAULTS,
});

describe('CoreClient', () => {
  it('keeps one analysis in flight and replaces queued inputs by the newest', () => {
    const worker = new FakeWorker();
    const client = new CoreClient(worker);
    client.analyze(input(1));
    client.analyze(input(2));
    client.analyze(input(3));
    expect(worker.sent).toHaveLength(1);
    worker.reply({ type: 'analysis', analysis: analysis(1, true) });
    expect(worker.sent.map((r) => (r.type === 'analyze' ? r.input.revision : -1))).toEqual([1, 3]);
    expect(client.getState().computing).toBe(true);
    worker.reply({ type: 'analysis', analysis: analysis(3, true) });
    expect(client.getState().latest?.revision).toBe(3);
    expect(client.getState().computing).toBe(false);
  });

  it('drops a result older than the one shown', () => {
    const worker = new FakeWorker();
    const client = new CoreClient(worker);
    client.analyze(input(5));
    worker.reply({ type: 'analysis', analysis: analysis(5, true) });
    worker.reply({ type: 'analysis', analysis: analysis(4, true) });
    expect(client.getState().latest?.revision).toBe(5);
  });

  it('keeps the last good result, marked stale, while the text does not parse', () => {
    const worker = new FakeWorker();
    const client = new CoreClient(worker);
    client.analyze(input(1));
    worker.reply({ type: 'analysis', analysis: analysis(1, true) });
    client.analyze(input(2));
    worker.reply({ type: 'analysis', analysis: analysis(2, false) });
    expect(client.getState().lastGood?.revision).toBe(1);
    expect(client.getState().latest?.revision).toBe(2);
    expect(client.getState().stale).toBe(true);
    client.analyze(input(3));
    worker.reply({ type: 'analysis', analysis: analysis(3, true) });
    expect(client.getState().stale).toBe(false);
    expect(client.getState().lastGood?.revision).toBe(3);
  });

  it('shows nothing, not the last design marked stale, when the text is empty or only comments', () => {
    const worker = new FakeWorker();
    const client = new CoreClient(worker);
    client.analyze(input(1));
    worker.reply({ type: 'analysis', analysis: analysis(1, true) });
    client.analyze(input(2));
    worker.reply({ type: 'analysis', analysis: { ...analysis(2, false, 0), unreadable: false } });
    expect(client.getState().lastGood).toBeNull();
    expect(client.getState().stale).toBe(false);
    client.analyze(input(3));
    worker.reply({ type: 'analysis', analysis: analysis(3, false) });
    expect(client.getState().lastGood).toBeNull();
    expect(client.getState().stale).toBe(false);
  });

  it('reports a core failure instead of crashing, and carries on', () => {
    const worker = new FakeWorker();
    const client = new CoreClient(worker);
    client.analyze(input(1));
    worker.reply({ type: 'failed', revision: 1, message: 'boom' });
    expect(client.getState().failure).toBe('boom');
    client.analyze(input(2));
    worker.reply({ type: 'analysis', analysis: analysis(2, true) });
    expect(client.getState().failure).toBeNull();
  });

  it('answers queries by request id, independently of analyses', async () => {
    const worker = new FakeWorker();
    const client = new CoreClient(worker);
    const answer = client.query(rowsQuery, { list: 'pods', start: 0, end: 2 });
    const request = worker.sent[0]!;
    expect(request).toMatchObject({ type: 'query', name: 'rows', args: { list: 'pods', start: 0, end: 2 } });
    if (request.type === 'query')
      worker.reply({ type: 'query', id: request.id, revision: 1, result: { count: 13 } });
    await expect(answer).resolves.toEqual({ revision: 1, result: { count: 13 } });
  });

  it('has the worker answer followed queries with each analysis, and takes those answers', async () => {
    const worker = new FakeWorker();
    const client = new CoreClient(worker);
    const args = { list: 'pods' as const, start: 0, end: 2 };
    client.follow('tree', [{ query: rowsQuery, args }]);
    client.analyze(input(1));
    expect(worker.sent[0]).toMatchObject({ type: 'analyze', follow: [{ name: 'rows', args }] });
    const rows = { count: 13, rows: ['a', 'b'] };
    worker.reply({
      type: 'analysis',
      analysis: analysis(1, true),
      answers: [[queryKey('rows', args), rows]],
    });
    // Answered without a message to the worker.
    await expect(client.query(rowsQuery, args)).resolves.toEqual({ revision: 1, result: rows });
    expect(worker.sent).toHaveLength(1);
    // Other arguments, or the answers of an older analysis, go to the worker.
    void client.query(rowsQuery, { ...args, end: 3 });
    expect(worker.sent).toHaveLength(2);
    client.analyze(input(2));
    worker.reply({ type: 'analysis', analysis: analysis(2, true) });
    void client.query(rowsQuery, args);
    expect(worker.sent.at(-1)).toMatchObject({ type: 'query', name: 'rows', args });
    // Unfollowed: analyses no longer carry it.
    client.follow('tree', []);
    client.analyze(input(3));
    expect(worker.sent.at(-1)).toEqual({ type: 'analyze', input: input(3) });
  });

  it('rejects a query the worker failed to answer', async () => {
    const worker = new FakeWorker();
    const client = new CoreClient(worker);
    const answer = client.query(rowsQuery, { list: 'pods', start: 0, end: 2 });
    const request = worker.sent[0]!;
    if (request.type === 'query')
      worker.reply({ type: 'failed', id: request.id, revision: 1, message: 'nope' });
    await expect(answer).rejects.toThrow('nope');
  });

  it('notifies subscribers on every change', () => {
    const worker = new FakeWorker();
    const client = new CoreClient(worker);
    let calls = 0;
    const unsubscribe = client.subscribe(() => calls++);
    client.analyze(input(1));
    worker.reply({ type: 'analysis', analysis: analysis(1, true) });
    unsubscribe();
    client.analyze(input(2));
    expect(calls).toBeGreaterThanOrEqual(2);
    const before = calls;
    worker.reply({ type: 'analysis', analysis: analysis(2, true) });
    expect(calls).toBe(before);
  });
});

describe('CoreClient current result', () => {
  it('keeps as current only results that matched the newest input when they arrived', () => {
    const worker = new FakeWorker();
    const client = new CoreClient(worker);
    client.analyze(input(1));
    client.analyze(input(2)); // typed again before the first answer
    worker.reply({ type: 'analysis', analysis: analysis(1, true) });
    expect(client.getState().current).toBeNull();
    worker.reply({ type: 'analysis', analysis: analysis(2, true) });
    expect(client.getState().current?.revision).toBe(2);
  });
});
