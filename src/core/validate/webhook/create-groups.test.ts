import { describe, expect, it } from 'vitest';
import { clique, errorsOf, pcs, text, webhookDiagnostics } from './test-fixtures';

type Expected = [string, string, string?][];
interface Case {
  readonly rule: string;
  readonly bad: string;
  readonly good: string;
  readonly expected: Expected;
}

const G0 = 'spec.template.podCliqueScalingGroups[0]';
const cliques = [clique('alpha'), clique('beta')];
const withGroups = (...groups: Record<string, unknown>[]) =>
  text(pcs({ cliques, podCliqueScalingGroups: groups }));
const g = (extra: Record<string, unknown> = {}) => ({ name: 'g', cliqueNames: ['beta'], ...extra });

/** G1-G11: manifest that Grove refuses -> its errors in order; the fixed manifest -> none. */
const cases: Case[] = [
  {
    rule: 'G1',
    bad: withGroups(g({ name: 'Group_1' })),
    good: withGroups(g({ name: 'group-1' })),
    expected: [['group-name-invalid', `${G0}.name`, 'Invalid']],
  },
  {
    rule: 'G1 empty name',
    bad: withGroups(g({ name: '' })),
    good: withGroups(g()),
    expected: [['group-name-invalid', `${G0}.name`, 'Invalid']],
  },
  {
    rule: 'G2 (one error per group)',
    bad: withGroups(g({ cliqueNames: ['beta', 'ghost', 'phantom'] })),
    good: withGroups(g({ cliqueNames: ['beta'] })),
    expected: [['group-clique-unknown', `${G0}.cliqueNames`, 'Invalid']],
  },
  {
    rule: 'G4 (with G6: minAvailable 1 > replicas 0)',
    bad: withGroups(g({ replicas: 0 })),
    good: withGroups(g({ replicas: 1 })),
    expected: [
      ['group-replicas-invalid', `${G0}.replicas`, 'Invalid'],
      ['group-min-available-above-replicas', `${G0}.minAvailable`, 'Invalid'],
    ],
  },
  {
    rule: 'G5',
    bad: withGroups(g({ minAvailable: 0 })),
    good: withGroups(g({ minAvailable: 1 })),
    expected: [['group-min-available-not-positive', `${G0}.minAvailable`, 'Invalid']],
  },
  {
    rule: 'G6',
    bad: withGroups(g({ replicas: 2, minAvailable: 3 })),
    good: withGroups(g({ replicas: 3, minAvailable: 3 })),
    expected: [['group-min-available-above-replicas', `${G0}.minAvailable`, 'Invalid']],
  },
  {
    rule: 'G7',
    bad: withGroups(g({ replicas: 2, minAvailable: 2, scaleConfig: { minReplicas: 1, maxReplicas: 4 } })),
    good: withGroups(g({ replicas: 2, minAvailable: 2, scaleConfig: { maxReplicas: 4 } })),
    expected: [['group-scale-min-below-min-available', `${G0}.scaleConfig.minReplicas`, 'Invalid']],
  },
  {
    rule: 'G9',
    bad: withGroups(g({ cliqueNames: ['alpha'] }), g()),
    good: withGroups(g({ name: 'h', cliqueNames: ['alpha'] }), g()),
    expected: [['group-name-duplicate', 'spec.template.podCliqueScalingGroups.name', 'Duplicate']],
  },
  {
    rule: 'G10 (two groups)',
    bad: withGroups(g({ name: 'h' }), g()),
    good: withGroups(g({ name: 'h', cliqueNames: ['alpha'] }), g()),
    expected: [['group-clique-duplicate', 'spec.template.podCliqueScalingGroups.cliqueNames', 'Duplicate']],
  },
  {
    rule: 'G10 (twice in one group)',
    bad: withGroups(g({ cliqueNames: ['beta', 'beta'] })),
    good: withGroups(g({ cliqueNames: ['beta'] })),
    expected: [['group-clique-duplicate', 'spec.template.podCliqueScalingGroups.cliqueNames', 'Duplicate']],
  },
  {
    rule: 'G11',
    bad: text(
      pcs({
        cliques: [clique('alpha'), clique('beta', { autoScalingConfig: { maxReplicas: 4 } })],
        podCliqueScalingGroups: [g()],
      }),
    ),
    good: text(
      pcs({
        cliques: [clique('alpha'), clique('beta')],
        podCliqueScalingGroups: [g({ scaleConfig: { maxReplicas: 4 } })],
      }),
    ),
    expected: [['group-clique-autoscaling', 'spec.template.podCliqueScalingGroups', 'Invalid']],
  },
];

describe.each(cases)('webhook rule $rule', ({ bad, good, expected }) => {
  it('refuses the manifest with exactly these errors', () => {
    expect(errorsOf(bad)).toEqual(expected);
  });
  it('admits the fixed manifest', () => {
    expect(errorsOf(good)).toEqual([]);
  });
});

/** B.1: the 45-character budget counts only the three user-chosen names, exactly. */
describe('name budget (C4, G3)', () => {
  const pcsName = 'p'.repeat(20);
  const standalone = (length: number) =>
    text(pcs({ cliques: [clique('c'.repeat(length))] }, { metadata: { name: pcsName } }));
  const grouped = (length: number) =>
    text(
      pcs(
        {
          cliques: [clique('a'), clique('c'.repeat(length))],
          podCliqueScalingGroups: [{ name: 'gggggggggg', cliqueNames: ['c'.repeat(length)] }],
        },
        { metadata: { name: pcsName } },
      ),
    );

  it('accepts a standalone clique at exactly 45 and refuses 46 at the clique name and at metadata.name', () => {
    expect(errorsOf(standalone(25))).toEqual([]);
    expect(errorsOf(standalone(26))).toEqual([
      ['clique-name-too-long', 'spec.template.cliques[0].name', 'Invalid'],
      ['clique-name-too-long', 'metadata.name', 'Invalid'],
    ]);
  });

  it('places the two C4 errors on the clique name and on the PodCliqueSet name', () => {
    const manifest = standalone(26);
    const lines = manifest.split('\n');
    const [atClique, atPcs] = webhookDiagnostics(manifest);
    expect(lines[atClique!.line - 1]).toContain(`- name: ${'c'.repeat(26)}`);
    expect(lines[atPcs!.line - 1]).toContain(`name: ${pcsName}`);
    expect(atClique!.message).toContain(`= 46 characters, over Grove's budget of 45`);
  });

  it('counts the group name for a member clique: 45 accepted, 46 refused with three errors', () => {
    expect(errorsOf(grouped(15))).toEqual([]);
    expect(errorsOf(grouped(16))).toEqual([
      ['group-name-too-long', `${G0}.cliqueNames[0].name`, 'Invalid'],
      ['group-name-too-long', `${G0}.name`, 'Invalid'],
      ['group-name-too-long', 'metadata.name', 'Invalid'],
    ]);
  });

  it('gives three errors per offending clique, even for an unknown name', () => {
    const manifest = text(
      pcs(
        {
          cliques: [clique('a')],
          podCliqueScalingGroups: [{ name: 'g'.repeat(10), cliqueNames: ['x'.repeat(16), 'y'.repeat(16)] }],
        },
        { metadata: { name: pcsName } },
      ),
    );
    expect(errorsOf(manifest)).toEqual([
      ['group-clique-unknown', `${G0}.cliqueNames`, 'Invalid'],
      ['group-name-too-long', `${G0}.cliqueNames[0].name`, 'Invalid'],
      ['group-name-too-long', `${G0}.name`, 'Invalid'],
      ['group-name-too-long', 'metadata.name', 'Invalid'],
      ['group-name-too-long', `${G0}.cliqueNames[1].name`, 'Invalid'],
      ['group-name-too-long', `${G0}.name`, 'Invalid'],
      ['group-name-too-long', 'metadata.name', 'Invalid'],
    ]);
  });

  it('does not apply the standalone budget to a clique listed in a group', () => {
    // 20 + 26 = 46 would fail standalone; in a group of a 1-character name it is 47 and fails as G3 only.
    const manifest = text(
      pcs(
        {
          cliques: [clique('a'), clique('c'.repeat(26))],
          podCliqueScalingGroups: [{ name: 'g', cliqueNames: ['c'.repeat(26)] }],
        },
        { metadata: { name: pcsName } },
      ),
    );
    expect(errorsOf(manifest).map(([code]) => code)).toEqual([
      'group-name-too-long',
      'group-name-too-long',
      'group-name-too-long',
    ]);
  });

  it('counts bytes as Go does, and the generateName suffix', () => {
    // 'é' is two bytes in UTF-8: 20 + 2 * 12 + 1 = 45 passes the budget (the name fails C3 anyway).
    const bytes = text(pcs({ cliques: [clique(`${'é'.repeat(12)}c`)] }, { metadata: { name: pcsName } }));
    expect(errorsOf(bytes).map(([code]) => code)).toEqual(['clique-name-invalid']);
    const longer = text(pcs({ cliques: [clique(`${'é'.repeat(12)}cc`)] }, { metadata: { name: pcsName } }));
    expect(errorsOf(longer).map(([code]) => code)).toContain('clique-name-too-long');
    // generateName 'p'*15 gets 5 random characters: 20 + 25 = 45 passes, 26 fails.
    const generated = (length: number) =>
      text(
        pcs({ cliques: [clique('c'.repeat(length))] }, { metadata: { generateName: 'p'.repeat(15) } }),
      ).replace('  name: demo\n', '');
    expect(errorsOf(generated(25))).toEqual([]);
    expect(errorsOf(generated(26)).map(([code]) => code)).toEqual([
      'clique-name-too-long',
      'clique-name-too-long',
    ]);
  });
});
