import { describe, expect, it } from 'vitest';
import { seedText } from '../../../core/test-support/samples';
import { selectedIds, selectionFor } from './selection';
import { designOf } from './testing/design';
import { topologyOf } from './topology';

const seed = topologyOf(designOf(seedText));

describe('graph selection follows the store', () => {
  it('maps a store selection to vertex ids and back', () => {
    expect([...selectedIds({ kind: 'clique', document: 0, name: 'pworker' }, seed, 0)]).toEqual([
      'clique:pworker',
    ]);
    expect([...selectedIds({ kind: 'scalingGroup', document: 0, name: 'decode' }, seed, 0)]).toEqual([
      'group:decode',
    ]);
    expect([...selectedIds({ kind: 'podCliqueSet', document: 0 }, seed, 0)]).toEqual(['podCliqueSet']);
    expect(selectionFor('group:decode', seed, 0)).toEqual({
      kind: 'scalingGroup',
      document: 0,
      name: 'decode',
    });
    expect(selectionFor('podCliqueSet', seed, 0)).toEqual({ kind: 'podCliqueSet', document: 0 });
  });

  it('selects nothing for another document, a pod, or an unknown name', () => {
    expect(selectedIds({ kind: 'clique', document: 1, name: 'pworker' }, seed, 0).size).toBe(0);
    expect(selectedIds({ kind: 'pod', document: 0, podClique: 'x', index: '0' }, seed, 0).size).toBe(0);
    expect(selectedIds({ kind: 'clique', document: 0, name: 'nope' }, seed, 0).size).toBe(0);
  });

  it('selects both cliques of a duplicate name', () => {
    const dup = topologyOf(designOf(seedText.replace('- name: pworker', '- name: pleader')));
    expect([...selectedIds({ kind: 'clique', document: 0, name: 'pleader' }, dup, 0)]).toEqual([
      'clique#1',
      'clique#2',
    ]);
  });
});
