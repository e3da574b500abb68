import { describe, expect, it } from 'vitest';
import { seedText } from '../test-support/samples';
import { lintText, only } from './fixture';

describe('replicas-change-not-propagated', () => {
  it('reports a clique replicas change: existing PodCliques keep theirs', () => {
    const changed = seedText.replace('replicas: 3', 'replicas: 5'); // pworker
    const [finding, ...rest] = only(lintText(changed, seedText), 'replicas-change-not-propagated');
    expect(rest).toEqual([]);
    expect(finding!.path).toBe('spec.template.cliques[2].spec.replicas');
    expect(finding!.message).toContain('keep 3 replicas: the new value 5');
  });

  it('reports a scaling-group replicas change: it only seeds new groups', () => {
    const changed = seedText.replace(/(cliqueNames: \[pleader, pworker\]\n\s+replicas:) 2/, '$1 4');
    expect(changed).not.toBe(seedText);
    const [finding] = only(lintText(changed, seedText), 'replicas-change-not-propagated');
    expect(finding!.path).toBe('spec.template.podCliqueScalingGroups[0].replicas');
  });

  it('accepts a spec.replicas change, which Grove applies, and a create', () => {
    const scaled = seedText.replace('  replicas: 1\n  template', '  replicas: 3\n  template');
    expect(scaled).not.toBe(seedText);
    expect(only(lintText(scaled, seedText), 'replicas-change-not-propagated')).toEqual([]);
    expect(only(lintText(seedText), 'replicas-change-not-propagated')).toEqual([]);
  });
});
