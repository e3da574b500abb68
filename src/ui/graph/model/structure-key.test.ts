import { describe, expect, it } from 'vitest';
import { seedText } from '../../../core/test-support/samples';
import { structureKey } from './structure-key';
import { designOf } from './testing/design';
import { topologyOf } from './topology';

const keyOf = (text: string) => structureKey(topologyOf(designOf(text)));
const seed = keyOf(seedText);
const inOrder = (text: string) =>
  text.replace('  template:\n', '  template:\n    cliqueStartupType: CliqueStartupTypeInOrder\n');

describe('structureKey (decides when the layout runs again)', () => {
  it('stays the same when only counts, images or requests change', () => {
    expect(keyOf(seedText.replace('replicas: 3', 'replicas: 7'))).toBe(seed);
    expect(keyOf(seedText.replace('      replicas: 2\n', '      replicas: 5\n'))).toBe(seed);
    expect(keyOf(seedText.replace('image: nginx:latest', 'image: other:2'))).toBe(seed);
    expect(keyOf(seedText.replace('cpu: "10m"', 'cpu: "2"'))).toBe(seed);
  });

  it('changes with a name, a membership, the order or an edge', () => {
    expect(keyOf(seedText.replaceAll('pleader', 'pfleader'))).not.toBe(seed);
    expect(keyOf(seedText.replace('cliqueNames: [pleader, pworker]', 'cliqueNames: [pleader]'))).not.toBe(
      seed,
    );
    expect(keyOf(seedText.replace('- name: prefill', '- name: prefill2'))).not.toBe(seed);
    expect(keyOf(inOrder(seedText))).not.toBe(seed);
    const swapped = seedText
      .replace('- name: dleader', '- name: TMP')
      .replace('- name: dworker', '- name: dleader');
    expect(keyOf(swapped.replace('- name: TMP', '- name: dworker'))).not.toBe(seed);
  });

  it('under InOrder, a replicas change keeps the key and a reorder changes it', () => {
    const base = keyOf(inOrder(seedText));
    expect(keyOf(inOrder(seedText).replace('replicas: 3', 'replicas: 4'))).toBe(base);
    expect(
      keyOf(inOrder(seedText.replace('cliqueNames: [pleader, pworker]', 'cliqueNames: [pworker, pleader]'))),
    ).toBe(base);
  });
});
