import { describe, expect, it } from 'vitest';
import { seedText } from '../test-support/samples';
import { clique, lintText, only, pcs } from './fixture';

describe('generated-name-collision', () => {
  it('reports a standalone clique named like a scaling-group member "<group>-<j>-<clique>"', () => {
    const text = pcs(
      'app',
      `cliques:\n${clique('pw')}\n${clique('sg-1-pw')}\npodCliqueScalingGroups:\n  - name: sg\n    cliqueNames: [pw]\n    replicas: 2`,
    );
    const [finding] = only(lintText(text), 'generated-name-collision');
    expect(finding!.path).toBe('spec.template.cliques[1].name');
    expect(finding!.message).toContain('replica 1 of scaling group "sg"');
  });

  it('accepts it when the group never reaches that replica', () => {
    const text = pcs(
      'app',
      `cliques:\n${clique('pw')}\n${clique('sg-2-pw')}\npodCliqueScalingGroups:\n  - name: sg\n    cliqueNames: [pw]\n    replicas: 2`,
    );
    expect(only(lintText(text), 'generated-name-collision')).toEqual([]);
  });

  it('reports two groups whose names and members interleave (a-0-b-0-c)', () => {
    const text = pcs(
      'app',
      `cliques:\n${clique('b-0-c')}\n${clique('c')}\npodCliqueScalingGroups:\n  - name: a\n    cliqueNames: [b-0-c]\n  - name: a-0-b\n    cliqueNames: [c]`,
    );
    const [finding] = only(lintText(text), 'generated-name-collision');
    expect(finding!.path).toBe('spec.template.podCliqueScalingGroups[1].name');
    expect(finding!.message).toContain('"<pcs>-<i>-a-0-b-0-c"');
  });

  it('accepts the seed', () => {
    expect(only(lintText(seedText), 'generated-name-collision')).toEqual([]);
  });
});

describe('hpa-name-collision', () => {
  const text = (groupScale: string) =>
    pcs(
      'app',
      `cliques:\n${clique('pd', 'autoScalingConfig: {maxReplicas: 3}')}\n${clique('m')}\npodCliqueScalingGroups:\n  - name: pd\n    cliqueNames: [m]${groupScale}`,
    );

  it('reports a clique and a group with one name that both autoscale', () => {
    const [finding] = only(lintText(text('\n    scaleConfig: {maxReplicas: 3}')), 'hpa-name-collision');
    expect(finding!.message).toContain('both HPAs "<pcs>-<i>-pd"');
  });

  it('accepts the shared name when only one of them autoscales', () => {
    expect(only(lintText(text('')), 'hpa-name-collision')).toEqual([]);
  });
});
