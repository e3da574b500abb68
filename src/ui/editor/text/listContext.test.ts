import { describe, expect, it } from 'vitest';
import { yaml } from '../../../core/test-support/dedent';
import { listContextAt } from './listContext';

/** The text with `|` removed, and the offset where it was. */
function at(source: string): [string, number] {
  const offset = source.indexOf('|');
  return [source.slice(0, offset) + source.slice(offset + 1), offset];
}

function context(source: string) {
  const [text, offset] = at(source);
  const found = listContextAt(text, offset);
  return (
    found && { key: found.key, word: text.slice(found.word.start, found.word.end), present: found.present }
  );
}

describe('listContextAt', () => {
  it('finds a flow list of clique names, with the names already in it', () => {
    expect(context('    - name: prefill\n      cliqueNames: [pleader, pw|]\n')).toEqual({
      key: 'cliqueNames',
      word: 'pw',
      present: ['pleader'],
    });
    expect(context('      cliqueNames: [|]\n')).toEqual({ key: 'cliqueNames', word: '', present: [] });
    expect(context('      cliqueNames: ["a", |, c]')).toEqual({
      key: 'cliqueNames',
      word: '',
      present: ['a', 'c'],
    });
  });

  it('finds a flow startsAfter on a list-item line', () => {
    expect(context('- startsAfter: [front|')).toEqual({ key: 'startsAfter', word: 'front', present: [] });
  });

  it('finds a block list, compact (dash under the key) or indented', () => {
    const compact = yaml`
      spec:
        startsAfter:
        - frontend
        # a comment
        - |
        - decode
      other: 1
    `;
    expect(context(compact)).toEqual({ key: 'startsAfter', word: '', present: ['frontend', 'decode'] });
    const indented = yaml`
      podCliqueScalingGroups:
      - name: prefill
        cliqueNames:
          - pleader
          - pw|
        replicas: 2
    `;
    expect(context(indented)).toEqual({ key: 'cliqueNames', word: 'pw', present: ['pleader'] });
  });

  it('finds the resource-sharing filter lists', () => {
    expect(context('filter:\n  childScalingGroupNames: [|]')?.key).toBe('childScalingGroupNames');
    expect(context('filter:\n  childCliqueNames:\n  - |')?.key).toBe('childCliqueNames');
  });

  it('is not fooled by other lists, keys, values or comments', () => {
    expect(context('      args: [pl|]')).toBeUndefined();
    expect(context('cliqueNames: [a, b] |')).toBeUndefined();
    expect(context('cliqueNames: [a, b]\nname: |')).toBeUndefined();
    expect(context('containers:\n- name: x\n  command:\n  - |')).toBeUndefined();
    expect(context('cliqueNames:\n- a\nargs:\n- |')).toBeUndefined();
    expect(context('cliqueNames: [a] # [|')).toBeUndefined();
    expect(context('cliqueNames:\n- a\n- b: |')).toBeUndefined();
    // A sibling key at the dash's column ends the list above.
    expect(context('spec:\n  cliqueNames:\n  - a\n  replicas: 1\n  - |')).toBeUndefined();
  });

  it('handles the very start of the text', () => {
    expect(context('|')).toBeUndefined();
    expect(context('\n|')).toBeUndefined();
    expect(context('\n- |')).toBeUndefined();
  });
});
