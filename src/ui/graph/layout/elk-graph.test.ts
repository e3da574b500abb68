import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { seedText } from '../../../core/test-support/samples';
import { CLIQUE } from '../model/sizes';
import { structureKey } from '../model/structure-key';
import { designOf } from '../model/testing/design';
import { manyCliques } from '../model/testing/many-cliques';
import { topologyOf, type Topology } from '../model/topology';
import { elkGraphOf, layoutOfElk } from './elk-graph';

const elk = new ELK();
const layoutOf = async (t: Topology) => layoutOfElk(structureKey(t), await elk.layout(elkGraphOf(t)));
const explicit = (text: string) =>
  text.replace('  template:\n', '  template:\n    cliqueStartupType: CliqueStartupTypeExplicit\n');

describe('elkGraphOf', () => {
  it('nests cliques in their groups and lifts edges that leave a group to the group', () => {
    const text = explicit(seedText)
      .replace('        roleName: pleader\n', '        roleName: pleader\n        startsAfter: [frontend]\n')
      .replace('        roleName: pworker\n', '        roleName: pworker\n        startsAfter: [pleader]\n');
    const graph = elkGraphOf(topologyOf(designOf(text)));
    expect(graph.children!.map((c) => [c.id, c.children?.map((k) => k.id)])).toEqual([
      ['clique:frontend', undefined],
      ['group:prefill', ['clique:pleader', 'clique:pworker']],
      ['group:decode', ['clique:dleader', 'clique:dworker']],
    ]);
    expect(graph.edges!.map((e) => [e.sources, e.targets])).toEqual([
      [['clique:frontend'], ['group:prefill']],
    ]);
    const prefill = graph.children![1]!;
    expect(prefill.edges!.map((e) => [e.sources, e.targets])).toEqual([
      [['clique:pleader'], ['clique:pworker']],
    ]);
  });
});

describe('the ELK layout', () => {
  it('places the seed without overlaps, each clique inside its group', async () => {
    const t = topologyOf(designOf(seedText));
    const layout = await layoutOf(t);
    expect(layout.parents['clique:pworker']).toBe('group:prefill');
    const top = ['clique:frontend', 'group:prefill', 'group:decode'].map((id) => layout.positions[id]!);
    // Side by side: three disconnected items packed in a row.
    expect(new Set(top.map((p) => p.x)).size).toBe(3);
    const inPrefill = [layout.positions['clique:pleader']!, layout.positions['clique:pworker']!];
    expect(
      Math.abs(inPrefill[0]!.y - inPrefill[1]!.y) >= CLIQUE.height ||
        Math.abs(inPrefill[0]!.x - inPrefill[1]!.x) >= CLIQUE.width,
    ).toBe(true);
  });

  it('puts a clique to the right of the clique it starts after', async () => {
    const text = explicit(seedText).replace(
      '        roleName: dleader\n',
      '        roleName: dleader\n        startsAfter: [frontend]\n',
    );
    const layout = await layoutOf(topologyOf(designOf(text)));
    expect(layout.positions['group:decode']!.x).toBeGreaterThan(
      layout.positions['clique:frontend']!.x + CLIQUE.width,
    );
  });

  it('lays out 100 cliques, wrapped to a shape not far from the canvas', async () => {
    const t = topologyOf(designOf(manyCliques()));
    const layout = await layoutOf(t);
    expect(Object.keys(layout.positions)).toHaveLength(110);
    const xs = t.cliques.map((c) => layout.positions[c.parent ?? c.id]!.x);
    const ys = t.cliques.map((c) => layout.positions[c.parent ?? c.id]!.y);
    const width = Math.max(...xs) - Math.min(...xs);
    const height = Math.max(...ys) - Math.min(...ys);
    expect(width / Math.max(1, height)).toBeLessThan(6);
  }, 30_000);
});
