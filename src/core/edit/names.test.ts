import { describe, expect, it } from 'vitest';
import { MAX_COMBINED_NAME_LENGTH } from '../names/names';
import { yaml } from '../test-support/dedent';
import { applyCommand } from '.';
import { budgetProblem, nameProblem, uniqueName } from './names';
import { simpleModel } from './testing/model';

function pcs(name: string, cliques: readonly string[], group?: readonly string[]): string {
  const list = cliques
    .map(
      (c) =>
        `    - name: ${c}\n      spec:\n        roleName: ${c}\n        replicas: 1\n        podSpec:\n          containers:\n          - name: c\n            image: x\n`,
    )
    .join('');
  const groups = group
    ? `    podCliqueScalingGroups:\n    - name: ${group[0]}\n      cliqueNames: [${group.slice(1).join(', ')}]\n`
    : '';
  return `apiVersion: grove.io/v1alpha1\nkind: PodCliqueSet\nmetadata:\n  name: ${name}\nspec:\n  replicas: 1\n  template:\n    cliques:\n${list}${groups}`;
}

describe('default names', () => {
  it('picks clique, then clique-2, clique-3 ...', () => {
    const once = applyCommand(pcs('p', ['clique']), 0, { type: 'addClique' });
    expect(once.ok && simpleModel(once.text).cliques.map((c) => c.name)).toEqual(['clique', 'clique-2']);
    expect(uniqueName('clique', new Set(['clique', 'clique-2']), 40)).toBe('clique-3');
  });

  it('shortens the default so the PodCliqueSet, group and clique names keep the 45-character budget', () => {
    const long = 'p'.repeat(36);
    const text = pcs(long, ['a', 'b'], ['grp', 'b']); // 36 + 3 leaves 6 for a clique in grp
    const inGroup = applyCommand(text, 0, { type: 'addClique', group: 'grp' });
    if (!inGroup.ok) throw new Error(inGroup.reason);
    const added = simpleModel(inGroup.text).cliques[2]!.name!;
    expect(added).toBe('clique');
    expect(long.length + 3 + added.length).toBe(MAX_COMBINED_NAME_LENGTH);
    const again = applyCommand(inGroup.text, 0, { type: 'addClique', group: 'grp' });
    if (!again.ok) throw new Error(again.reason);
    expect(simpleModel(again.text).cliques[3]!.name).toBe('cliq-2');
  });

  it('refuses to add a clique when not even one character fits', () => {
    const text = pcs('p'.repeat(40), ['a'], ['group', 'a']);
    const result = applyCommand(text, 0, { type: 'addClique', group: 'group' });
    expect(result.ok ? 'added' : result.reason).toMatch(/no room for a clique name/);
  });

  it('gives a new clique a roleName no other clique uses', () => {
    const text = pcs('p', ['a']).replace('roleName: a', 'roleName: clique');
    const result = applyCommand(text, 0, { type: 'addClique' });
    expect(result.ok && result.text).toContain(
      '    - name: clique\n      spec:\n        roleName: clique-2\n',
    );
  });
});

describe('name checks', () => {
  it.each([
    ['worker', undefined],
    ['w0rker-1', undefined],
    ['p.worker', /dot/],
    ['Worker', /lower-case/],
    ['-worker', /not a valid/],
    ['worker-', /not a valid/],
    ['w'.repeat(64), /longer than 63/],
    [' ', /needs a name/],
  ])('%s', (name, problem) => {
    const found = nameProblem(name, 'clique');
    if (problem === undefined) expect(found).toBeUndefined();
    else expect(found).toMatch(problem);
  });

  it('counts the budget as Grove does: exactly 45 passes, 46 does not', () => {
    expect(budgetProblem('a'.repeat(20), 'b'.repeat(20), 'c'.repeat(5))).toBeUndefined();
    expect(budgetProblem('a'.repeat(20), 'b'.repeat(20), 'c'.repeat(6))).toMatch(/46 characters/);
    expect(budgetProblem('a'.repeat(40), undefined, 'c'.repeat(5))).toBeUndefined();
  });

  it('moving a clique into a group checks the budget with the group name', () => {
    const text = pcs('p'.repeat(30), ['abcdefgh', 'b'], ['group-name', 'b']);
    const result = applyCommand(text, 0, { type: 'setCliqueGroup', clique: 'abcdefgh', group: 'group-name' });
    expect(result.ok ? 'moved' : result.reason).toMatch(/48 characters/);
  });

  it('a fixture built by hand is what it says', () => {
    expect(pcs('p', ['a'])).toBe(yaml`
      apiVersion: grove.io/v1alpha1
      kind: PodCliqueSet
      metadata:
        name: p
      spec:
        replicas: 1
        template:
          cliques:
          - name: a
            spec:
              roleName: a
              replicas: 1
              podSpec:
                containers:
                - name: c
                  image: x
    `);
  });
});
