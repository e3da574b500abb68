import { describe, expect, it } from 'vitest';
import { seedText } from '../../../core/test-support/samples';
import { designOf } from '../model/testing/design';
import { structureKey } from '../model/structure-key';
import { topologyOf } from '../model/topology';
import { renamedLayout } from './rename';
import type { Layout } from './types';

const topology = (text: string) => topologyOf(designOf(text));

/** A layout of the seed as the worker would give it: every vertex somewhere, cliques inside their groups. */
function seedLayout(): Layout {
  const t = topology(seedText);
  const positions: Record<string, { x: number; y: number }> = {};
  const parents: Record<string, string | null> = {};
  [...t.groups, ...t.cliques].forEach((v, i) => {
    positions[v.id] = { x: 10 * i, y: 20 * i };
    parents[v.id] = 'parent' in v ? v.parent : null;
  });
  return { key: structureKey(t), positions, parents };
}

describe('renamedLayout', () => {
  it('carries every position over to the new names when only a clique was renamed', () => {
    const from = topology(seedText);
    const to = topology(seedText.replaceAll('pworker', 'pworkers'));
    const layout = seedLayout();
    const key = structureKey(to);
    const renamed = renamedLayout(from, to, layout, key)!;
    expect(renamed.key).toBe(key);
    expect(renamed.positions['clique:pworkers']).toEqual(layout.positions['clique:pworker']);
    expect(renamed.positions['clique:pworker']).toBeUndefined();
    expect(renamed.parents['clique:pworkers']).toBe('group:prefill');
    expect(Object.keys(renamed.positions)).toHaveLength(Object.keys(layout.positions).length);
  });

  it('follows a renamed scaling group into its members\u2019 parents', () => {
    const from = topology(seedText);
    const to = topology(seedText.replace('- name: prefill', '- name: pf'));
    const renamed = renamedLayout(from, to, seedLayout(), structureKey(to))!;
    expect(renamed.positions['group:pf']).toEqual(seedLayout().positions['group:prefill']);
    expect(renamed.parents['clique:pleader']).toBe('group:pf');
  });

  it('gives up when the structure changed otherwise: a clique moved out of its group', () => {
    const from = topology(seedText);
    const to = topology(seedText.replace('cliqueNames: [pleader, pworker]', 'cliqueNames: [pleader]'));
    expect(renamedLayout(from, to, seedLayout(), structureKey(to))).toBeNull();
  });
});
