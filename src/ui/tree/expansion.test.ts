import { describe, expect, it } from 'vitest';
import { HELM_DEFAULTS } from '../../core/check/settings';
import { analyze } from '../../core/analysis/analyze';
import { seedText } from '../../core/test-support/samples';
import { defaultExpanded } from '../../core/tree/default-expanded';
import { pathKeys, toggled } from './expansion';

describe('pod tree expansion', () => {
  it('opens the seed down to its pods by default: every PodClique of replica 0', () => {
    const { analysis } = analyze({ revision: 1, text: seedText, activeDocument: 0, cluster: HELM_DEFAULTS });
    const keys = defaultExpanded(analysis.active?.design);
    expect(keys.filter((k) => k.includes('/c:'))).toEqual([
      '0/c:frontend',
      '0/g:prefill/0/c:pleader',
      '0/g:prefill/0/c:pworker',
      '0/g:prefill/1/c:pleader',
      '0/g:prefill/1/c:pworker',
      '0/g:decode/0/c:dleader',
      '0/g:decode/0/c:dworker',
    ]);
    expect(keys).toContain('0/g:prefill/1');
  });

  it('toggles one key and lists the keys on the way to a node', () => {
    expect(toggled(['0', '0/c:a'], '0/c:a', false)).toEqual(['0']);
    expect(toggled(['0'], '0/c:a', true)).toEqual(['0', '0/c:a']);
    expect(pathKeys('0/g:a/1/c:b/2')).toEqual(['0', '0/g:a', '0/g:a/1', '0/g:a/1/c:b', '0/g:a/1/c:b/2']);
  });
});
