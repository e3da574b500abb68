import { describe, expect, it } from 'vitest';
import { checkManifest } from '../check/check';
import { seedText } from '../test-support/samples';
import { applyCommand, applyEdits, invertEdits } from '.';
import { simpleModel } from './testing/model';
import type { EditCommand } from './types';

/** Indices of the lines that differ, when both texts have the same number of lines. */
function changedLineIndices(before: string, after: string): number[] {
  const a = before.split('\n');
  const b = after.split('\n');
  expect(b.length).toBe(a.length);
  return a.flatMap((line, i) => (line === b[i] ? [] : [i]));
}

function apply(command: EditCommand): string {
  const result = applyCommand(seedText, 0, command);
  if (!result.ok) throw new Error(result.reason);
  return result.text;
}

const lines = seedText.split('\n');
const lineOf = (needle: string) => lines.findIndex((l) => l.includes(needle));

describe('the seed (multinode-disaggregated-with-frontend)', () => {
  it('removing pworker from prefill changes exactly the cliqueNames line', () => {
    const after = apply({ type: 'setCliqueGroup', clique: 'pworker', group: null });
    const changed = changedLineIndices(seedText, after);
    expect(changed).toEqual([lineOf('cliqueNames: [pleader, pworker]')]);
    expect(after.split('\n')[changed[0]!]).toBe('      cliqueNames: [pleader]');
    expect(simpleModel(after).groups[0]!.cliqueNames).toEqual(['pleader']);
    expect(checkManifest(after).errors).toBe(0);
  });

  it('renaming pleader updates the clique name and the cliqueNames entry and nothing else', () => {
    const after = apply({ type: 'renameClique', clique: 'pleader', to: 'pfleader' });
    const changed = changedLineIndices(seedText, after);
    expect(changed).toEqual([lineOf('- name: pleader'), lineOf('cliqueNames: [pleader, pworker]')]);
    expect(changed.map((i) => after.split('\n')[i])).toEqual([
      '    - name: pfleader',
      '      cliqueNames: [pfleader, pworker]',
    ]);
    // roleName and the container name are the user's words, not references: they stay.
    expect(after).toContain('roleName: pleader');
    expect(after).toContain('- name: pleader\n            image');
    expect(checkManifest(after).errors).toBe(0);
  });

  it.each<[string, EditCommand, RegExp]>([
    [
      'a duplicate name',
      { type: 'renameClique', clique: 'pleader', to: 'pworker' },
      /already a clique named "pworker"/,
    ],
    ['a dot', { type: 'renameClique', clique: 'pleader', to: 'p.leader' }, /contains a dot/],
    ['upper case', { type: 'renameClique', clique: 'pleader', to: 'PLeader' }, /not a valid clique name/],
    ['an empty name', { type: 'renameClique', clique: 'pleader', to: '' }, /needs a name/],
    // mn-disagg (9) + prefill (7) + 30 = 46 > 45
    [
      'a name over the budget',
      { type: 'renameClique', clique: 'pleader', to: 'p'.repeat(30) },
      /46 characters.*at most 45/,
    ],
    [
      'a group name over the budget',
      { type: 'renameScalingGroup', group: 'prefill', to: 'g'.repeat(30) },
      /at most 45/,
    ],
    [
      'a duplicate group',
      { type: 'renameScalingGroup', group: 'prefill', to: 'decode' },
      /already a scaling group/,
    ],
    ['a duplicate new clique', { type: 'addClique', name: 'frontend' }, /already a clique named "frontend"/],
    ['a missing clique', { type: 'removeClique', clique: 'nope' }, /no clique named "nope"/],
    ['a startup cycle', { type: 'addStartsAfter', clique: 'frontend', after: 'frontend' }, /itself/],
  ])('refuses %s and leaves the text as it is', (_, command, reason) => {
    const result = applyCommand(seedText, 0, command);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
    expect(result).not.toHaveProperty('text');
  });

  it('undoes a command byte for byte with the inverted edits', () => {
    const result = applyCommand(seedText, 0, { type: 'removeClique', clique: 'pleader' });
    if (!result.ok) throw new Error(result.reason);
    expect(applyEdits(result.text, invertEdits(seedText, result.edits))).toBe(seedText);
  });

  it('removing pleader takes its heading comment and its cliqueNames entry', () => {
    const after = apply({ type: 'removeClique', clique: 'pleader' });
    expect(after).not.toContain('# Prefill PodCliqueScalingGroup PodCliques');
    expect(after).toContain('# Decode PodCliqueScalingGroup PodCliques');
    expect(after).toContain('cliqueNames: [pworker]');
    expect(simpleModel(after).cliques.map((c) => c.name)).toEqual([
      'frontend',
      'pworker',
      'dleader',
      'dworker',
    ]);
    expect(checkManifest(after).errors).toBe(0);
  });

  it('adds a clique in the list style of the file (items not indented under their key)', () => {
    const after = apply({ type: 'addClique', group: 'decode' });
    expect(after).toContain(
      [
        '    - name: clique',
        '      spec:',
        '        roleName: clique',
        '        replicas: 1',
        '        podSpec:',
        '          containers:',
        '          - name: clique',
        '            image: nginx:latest',
        '    podCliqueScalingGroups:',
      ].join('\n'),
    );
    expect(after).toContain('cliqueNames: [dleader, dworker, clique]');
    expect(checkManifest(after).errors).toBe(0);
  });
});
