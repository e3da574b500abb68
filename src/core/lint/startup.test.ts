import { describe, expect, it } from 'vitest';
import { sample } from '../test-support/samples';
import { clique, lintText, only, pcs } from './fixture';

const cliques = `cliques:\n${clique('first')}\n${clique('second', 'startsAfter: [first]')}`;

describe('starts-after-ignored', () => {
  it('reports startsAfter under the default AnyOrder startup', () => {
    const [finding] = only(lintText(pcs('app', cliques)), 'starts-after-ignored');
    expect(finding!.path).toBe('spec.template.cliques[1].spec.startsAfter');
    expect(finding!.message).toContain('CliqueStartupTypeAnyOrder: the cliques start in any order');
  });

  it('says what InOrder does instead', () => {
    const [finding] = only(
      lintText(pcs('app', `cliqueStartupType: CliqueStartupTypeInOrder\n${cliques}`)),
      'starts-after-ignored',
    );
    expect(finding!.message).toContain('the clique before it in the list');
  });

  it('accepts startsAfter with CliqueStartupTypeExplicit (Grove sample simple2)', () => {
    expect(only(lintText(sample('simple2-explicit-startup-order.yaml')), 'starts-after-ignored')).toEqual([]);
  });
});
