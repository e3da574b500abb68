import { describe, expect, it } from 'vitest';
import { seedText } from '../../../core/test-support/samples';
import { yaml } from '../../../core/test-support/dedent';
import { designOf } from './testing/design';
import { manyCliques } from './testing/many-cliques';
import { topologyOf } from './topology';

const withStartup = (type: string, extra = '') =>
  seedText
    .replace('  template:\n', `  template:\n    cliqueStartupType: ${type}\n`)
    .replace('        roleName: dworker\n', `        roleName: dworker\n${extra}`);

describe('topologyOf', () => {
  it('shows the seed as frontend standalone and two groups holding their cliques in list order', () => {
    const t = topologyOf(designOf(seedText));
    expect(t.name).toBe('mn-disagg');
    expect(t.cliques.map((c) => [c.id, c.parent])).toEqual([
      ['clique:frontend', null],
      ['clique:pleader', 'group:prefill'],
      ['clique:pworker', 'group:prefill'],
      ['clique:dleader', 'group:decode'],
      ['clique:dworker', 'group:decode'],
    ]);
    expect(t.groups.map((g) => [g.id, g.members])).toEqual([
      ['group:prefill', ['clique:pleader', 'clique:pworker']],
      ['group:decode', ['clique:dleader', 'clique:dworker']],
    ]);
    expect(t.cliques.map((c) => c.ref)).toEqual(['frontend', 'pleader', 'pworker', 'dleader', 'dworker']);
  });

  it('draws no startup edges under AnyOrder (the default), even with startsAfter written', () => {
    const t = topologyOf(
      designOf(withStartup('CliqueStartupTypeAnyOrder', '        startsAfter: [dleader]\n')),
    );
    expect(t.edges).toEqual([]);
  });

  it('draws the list order under InOrder', () => {
    const t = topologyOf(designOf(withStartup('CliqueStartupTypeInOrder')));
    expect(t.edges.map((e) => [e.source, e.target, e.kind])).toEqual([
      ['clique:frontend', 'clique:pleader', 'inOrder'],
      ['clique:pleader', 'clique:pworker', 'inOrder'],
      ['clique:pworker', 'clique:dleader', 'inOrder'],
      ['clique:dleader', 'clique:dworker', 'inOrder'],
    ]);
  });

  it('draws startsAfter under Explicit, from the clique that starts first, skipping unknown names', () => {
    const t = topologyOf(
      designOf(
        withStartup('CliqueStartupTypeExplicit', '        startsAfter: [dleader, frontend, nosuch]\n'),
      ),
    );
    expect(t.edges).toEqual([
      expect.objectContaining({
        source: 'clique:dleader',
        target: 'clique:dworker',
        after: 'dleader',
        dependent: 'dworker',
      }),
      expect.objectContaining({ source: 'clique:frontend', target: 'clique:dworker', kind: 'explicit' }),
    ]);
  });

  it('keeps both cliques of a duplicate name, named by position, each in the group listing the name', () => {
    const t = topologyOf(designOf(seedText.replace('- name: pworker', '- name: pleader')));
    expect(t.cliques.map((c) => [c.id, c.ref, c.key, c.parent])).toEqual([
      ['clique:frontend', 'frontend', 'frontend', null],
      ['clique#1', 1, null, 'group:prefill'],
      ['clique#2', 2, null, 'group:prefill'],
      ['clique:dleader', 'dleader', 'dleader', 'group:decode'],
      ['clique:dworker', 'dworker', 'dworker', 'group:decode'],
    ]);
    expect(t.cliques[2]!.clique.errors).toBeGreaterThan(0);
  });

  it('shows a nameless clique and an empty group', () => {
    const t = topologyOf(
      designOf(yaml`
        apiVersion: grove.io/v1alpha1
        kind: PodCliqueSet
        metadata:
          name: odd
        spec:
          template:
            cliques:
            - spec:
                replicas: 1
            podCliqueScalingGroups:
            - name: empty
              cliqueNames: []
      `),
    );
    expect(t.cliques.map((c) => [c.id, c.ref, c.parent])).toEqual([['clique#0', 0, null]]);
    expect(t.groups.map((g) => [g.id, g.members])).toEqual([['group:empty', []]]);
  });

  it('maps 100 cliques with their chains', () => {
    const t = topologyOf(designOf(manyCliques()));
    expect(t.cliques).toHaveLength(100);
    expect(t.groups).toHaveLength(10);
    expect(t.groups.every((g) => g.members.length === 5)).toBe(true);
    // 4 edges inside each group, 1 into each group but the first, 40 among the standalone cliques.
    expect(t.edges).toHaveLength(10 * 4 + 9 + 40);
  });
});
