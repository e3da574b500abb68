import { describe, expect, it } from 'vitest';
import { applyCommands } from '../../../core/edit/compose';
import { seedText } from '../../../core/test-support/samples';
import { dropPlan, dropTargetAt } from './drop';
import { sceneOf } from './scene';
import { designOf } from './testing/design';
import { topologyOf, type Topology } from './topology';

const seed = topologyOf(designOf(seedText));
// frontend at 0..216, prefill group at 300 (cliques stacked), decode at 600.
const scene = sceneOf(
  seed,
  {
    key: 'k',
    positions: {
      'clique:frontend': { x: 0, y: 0 },
      'group:prefill': { x: 300, y: 0 },
      'clique:pleader': { x: 14, y: 62 },
      'clique:pworker': { x: 14, y: 200 },
      'group:decode': { x: 600, y: 0 },
      'clique:dleader': { x: 14, y: 62 },
      'clique:dworker': { x: 14, y: 200 },
    },
    parents: {
      'clique:frontend': null,
      'group:prefill': null,
      'clique:pleader': 'group:prefill',
      'clique:pworker': 'group:prefill',
      'group:decode': null,
      'clique:dleader': 'group:decode',
      'clique:dworker': 'group:decode',
    },
  },
  () => undefined,
);
const vertex = (t: Topology, id: string) => t.cliques.find((c) => c.id === id)!;

/** Applies a drop to the seed and returns the manifest's cliques and groups afterwards. */
function afterDrop(dragged: string, pointer: { x: number; y: number }) {
  const target = dropTargetAt(scene, seed, pointer, dragged);
  const plan = dropPlan(seed, vertex(seed, dragged), target);
  const result = applyCommands(seedText, 0, plan.commands);
  if (!result.ok) throw new Error(result.reason);
  const after = designOf(result.text);
  return {
    plan,
    order: after.cliques.map((c) => c.name),
    groups: Object.fromEntries(after.scalingGroups.map((g) => [g.name, g.cliqueNames])),
  };
}

describe('dropTargetAt', () => {
  it('finds the clique under the pointer, and which half', () => {
    expect(dropTargetAt(scene, seed, { x: 20, y: 50 }, 'clique:dworker')).toEqual({
      kind: 'clique',
      over: 'clique:frontend',
      side: 'before',
    });
    expect(dropTargetAt(scene, seed, { x: 200, y: 50 }, 'clique:dworker')).toMatchObject({ side: 'after' });
  });

  it('never targets the dragged clique itself: its group is the target', () => {
    expect(dropTargetAt(scene, seed, { x: 320, y: 250 }, 'clique:pworker')).toEqual({
      kind: 'container',
      group: 'group:prefill',
    });
  });

  it('finds a group under the pointer where no clique is, and the canvas elsewhere', () => {
    expect(dropTargetAt(scene, seed, { x: 310, y: 20 }, 'clique:frontend')).toEqual({
      kind: 'container',
      group: 'group:prefill',
    });
    expect(dropTargetAt(scene, seed, { x: 100, y: 500 }, 'clique:pworker')).toEqual({
      kind: 'container',
      group: null,
    });
  });
});

describe('dropPlan', () => {
  it('dragging pworker out of prefill removes it from cliqueNames and keeps the list order', () => {
    const { plan, order, groups } = afterDrop('clique:pworker', { x: 100, y: 500 });
    expect(plan.commands).toEqual([{ type: 'setCliqueGroup', clique: 'pworker', group: null }]);
    expect(plan.position).toEqual({ kind: 'keep', parent: null });
    expect(groups).toEqual({ prefill: ['pleader'], decode: ['dleader', 'dworker'] });
    expect(order).toEqual(['frontend', 'pleader', 'pworker', 'dleader', 'dworker']);
  });

  it('dragging frontend into decode adds it to cliqueNames', () => {
    const { groups } = afterDrop('clique:frontend', { x: 610, y: 20 });
    expect(groups['decode']).toEqual(['dleader', 'dworker', 'frontend']);
  });

  it('dragging a clique between groups moves its membership', () => {
    const { groups } = afterDrop('clique:pworker', { x: 610, y: 20 });
    expect(groups).toEqual({ prefill: ['pleader'], decode: ['dleader', 'dworker', 'pworker'] });
  });

  it('dropping onto a clique reorders the list: before it on its left half, after it on its right half', () => {
    expect(afterDrop('clique:dworker', { x: 20, y: 50 }).order).toEqual([
      'dworker',
      'frontend',
      'pleader',
      'pworker',
      'dleader',
    ]);
    expect(afterDrop('clique:frontend', { x: 620 + 200, y: 300 }).order).toEqual([
      'pleader',
      'pworker',
      'dleader',
      'dworker',
      'frontend',
    ]);
  });

  it('dropping onto a clique of another group also moves membership, in one change', () => {
    const { order, groups, plan } = afterDrop('clique:frontend', { x: 320, y: 100 });
    expect(plan.position).toEqual({ kind: 'forget' });
    expect(order).toEqual(['frontend', 'pleader', 'pworker', 'dleader', 'dworker']);
    expect(groups['prefill']).toEqual(['pleader', 'pworker', 'frontend']);
  });

  it('dropping a clique where it already is changes nothing', () => {
    expect(
      dropPlan(seed, vertex(seed, 'clique:pworker'), { kind: 'container', group: 'group:prefill' }).commands,
    ).toEqual([]);
    expect(
      dropPlan(seed, vertex(seed, 'clique:pworker'), {
        kind: 'clique',
        over: 'clique:pleader',
        side: 'after',
      }).commands,
    ).toEqual([]);
  });
});
