import { describe, expect, it } from 'vitest';
import { CoreHost } from './handle';
import { queryKey } from './protocol';
import { HELM_DEFAULTS } from '../core/check/settings';
import { seedText } from '../core/test-support/samples';
import type { RowsResult, PodGangWindow } from './queries/rows';

const analyzeSeed = (host: CoreHost, text = seedText) =>
  host.handle({ type: 'analyze', input: { revision: 1, text, activeDocument: 0, cluster: HELM_DEFAULTS } });

describe('CoreHost (the worker without the worker)', () => {
  it('analyses the seed: 13 pods, no error', () => {
    const response = analyzeSeed(new CoreHost(() => 0));
    expect(response.type).toBe('analysis');
    if (response.type !== 'analysis') return;
    expect(response.analysis.errors).toBe(0);
    expect(response.analysis.active?.totals.pods).toBe(13);
    expect(response.analysis.active?.design.scalingGroups.map((g) => g.name)).toEqual(['prefill', 'decode']);
  });

  it('answers row windows that survive structured cloning (PodGangs included)', () => {
    const host = new CoreHost(() => 0);
    analyzeSeed(host);
    const pods = host.handle({
      type: 'query',
      id: 1,
      name: 'rows',
      args: { list: 'pods', start: 0, end: 100 },
    });
    expect(pods.type).toBe('query');
    const podRows = (pods.type === 'query' ? pods.result : null) as RowsResult;
    expect(podRows.count).toBe(13);
    expect(podRows.rows).toHaveLength(13);
    const gangs = host.handle({
      type: 'query',
      id: 2,
      name: 'rows',
      args: { list: 'podGangs', start: 0, end: 10 },
    });
    const gangRows = (gangs.type === 'query' ? gangs.result : null) as RowsResult;
    const cloned = structuredClone(gangRows.rows) as PodGangWindow[];
    expect(cloned.map((g) => g.name)).toEqual(['mn-disagg-0', 'mn-disagg-0-prefill-0']);
    expect(cloned[1]!.podGroups.first.map((g) => g.podClique)).toEqual([
      'mn-disagg-0-prefill-1-pleader',
      'mn-disagg-0-prefill-1-pworker',
    ]);
  });

  it('answers followed queries in the analysis message, the same as asked on their own', () => {
    const host = new CoreHost(() => 0);
    const args = { list: 'pods', start: 0, end: 100 };
    const response = host.handle({
      type: 'analyze',
      input: { revision: 1, text: seedText, activeDocument: 0, cluster: HELM_DEFAULTS },
      follow: [
        { name: 'rows', args },
        { name: 'nope', args: null },
      ],
    });
    expect(response.type === 'analysis' && response.answers).toEqual([
      [
        queryKey('rows', args),
        (host.handle({ type: 'query', id: 1, name: 'rows', args }) as { result: unknown }).result,
      ],
    ]);
    expect(((response.type === 'analysis' && response.answers?.[0]?.[1]) as RowsResult).count).toBe(13);
  });

  it('says so when a query has no name it knows, and when the core throws', () => {
    const host = new CoreHost(() => 0);
    const unknown = host.handle({ type: 'query', id: 3, name: 'nope', args: null });
    expect(unknown).toMatchObject({ type: 'failed', id: 3 });
  });

  it('keeps the last session when the text stops parsing, for queries', () => {
    const host = new CoreHost(() => 0);
    analyzeSeed(host);
    const broken = analyzeSeed(host, 'spec: [');
    expect(broken.type === 'analysis' && broken.analysis.active).toBeNull();
  });
});
