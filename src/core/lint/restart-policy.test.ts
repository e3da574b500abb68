import { describe, expect, it } from 'vitest';
import { seedText } from '../test-support/samples';
import { clique, lintText, only, pcs } from './fixture';

describe('restart-policy-not-always', () => {
  const withPolicy = (policy: string) =>
    pcs('app', `cliques:\n${clique('a')}\n      restartPolicy: ${policy}`);

  it('reports restartPolicy Never, which Grove keeps', () => {
    const [finding] = only(lintText(withPolicy('Never')), 'restart-policy-not-always');
    expect(finding!.path).toBe('spec.template.cliques[0].spec.podSpec.restartPolicy');
    expect(finding!.message).toContain('keeps Never');
  });

  it('accepts Always and an omitted policy (Grove fills Always)', () => {
    expect(only(lintText(withPolicy('Always')), 'restart-policy-not-always')).toEqual([]);
    expect(only(lintText(seedText), 'restart-policy-not-always')).toEqual([]);
  });
});
