import { describe, expect, it } from 'vitest';
import { seedText } from '../test-support/samples';
import { clique, lintText, only, pcs } from './fixture';

const group = (name: string, members: string) =>
  `podCliqueScalingGroups:\n  - name: ${name}\n    cliqueNames: [${members}]`;

describe('name-has-dot', () => {
  it('reports a dot in the PodCliqueSet, a scaling-group and a clique name', () => {
    const text = pcs(
      'my.app',
      `cliques:\n${clique('pre.fill')}\n${clique('decode')}\n${group('g.1', 'decode')}`,
    );
    const findings = only(lintText(text), 'name-has-dot');
    expect(findings.map((f) => f.path)).toEqual([
      'metadata.name',
      'spec.template.podCliqueScalingGroups[0].name',
      'spec.template.cliques[0].name',
    ]);
    expect(findings[2]!.message).toContain('Clique name "pre.fill" contains a dot');
  });

  it('stays quiet for names with hyphens only', () => {
    expect(only(lintText(seedText), 'name-has-dot')).toEqual([]);
  });
});

describe('pcs-name-starts-with-digit', () => {
  it('reports a PodCliqueSet name that cannot name a Service', () => {
    const [finding] = only(lintText(pcs('1app', `cliques:\n${clique('a')}`)), 'pcs-name-starts-with-digit');
    expect(finding!.message).toContain('"1app-0"');
    expect(finding!.path).toBe('metadata.name');
  });

  it('accepts a digit after the first letter', () => {
    expect(only(lintText(pcs('app1', `cliques:\n${clique('a')}`)), 'pcs-name-starts-with-digit')).toEqual([]);
  });
});

describe('pcs-name-long', () => {
  it('notes a name over 22 characters, half of the 45-character budget', () => {
    const [finding] = only(lintText(pcs('x'.repeat(23), `cliques:\n${clique('a')}`)), 'pcs-name-long');
    expect(finding!.message).toContain('has 23 characters');
  });

  it('accepts 22 characters', () => {
    expect(only(lintText(pcs('x'.repeat(22), `cliques:\n${clique('a')}`)), 'pcs-name-long')).toEqual([]);
  });
});

describe('generic-clique-name', () => {
  it('notes leader and worker', () => {
    const text = pcs('app', `cliques:\n${clique('leader')}\n${clique('worker')}`);
    expect(only(lintText(text), 'generic-clique-name').map((f) => f.path)).toEqual([
      'spec.template.cliques[0].name',
      'spec.template.cliques[1].name',
    ]);
  });

  it('accepts role-specific names such as the seed uses', () => {
    expect(only(lintText(seedText), 'generic-clique-name')).toEqual([]);
  });
});
