import { describe, expect, it } from 'vitest';
import { clique, lintText, only, pcs } from './fixture';

const withPackDomain = (packed: string) =>
  pcs('app', `topologyConstraint: {topologyName: t, ${packed}}\ncliques:\n${clique('a')}`);

describe('pack-domain-deprecated', () => {
  it('reports packDomain on a live object (an update)', () => {
    const text = withPackDomain('packDomain: rack');
    const [finding] = only(lintText(text, text), 'pack-domain-deprecated');
    expect(finding!.path).toBe('spec.template.topologyConstraint.packDomain');
    expect(finding!.message).toContain('moving "rack" to pack.required');
  });

  it('leaves a new object to the CRD, which refuses packDomain', () => {
    expect(only(lintText(withPackDomain('packDomain: rack')), 'pack-domain-deprecated')).toEqual([]);
  });

  it('accepts pack.required on an update', () => {
    const text = withPackDomain('pack: {required: rack}');
    expect(only(lintText(text, text), 'pack-domain-deprecated')).toEqual([]);
  });
});
