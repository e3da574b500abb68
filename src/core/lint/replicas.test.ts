import { describe, expect, it } from 'vitest';
import { yaml } from '../test-support/dedent';
import { seedText } from '../test-support/samples';
import { clique, lintText, only, pcs } from './fixture';

describe('pcs-replicas-zero', () => {
  it('reports an omitted spec.replicas, which defaults to 0', () => {
    const [finding] = only(lintText(pcs('app', `cliques:\n${clique('a')}`, null)), 'pcs-replicas-zero');
    expect(finding!.path).toBe('spec.replicas');
    expect(finding!.message).toContain('Grove creates no PodCliques');
  });

  it('reports an explicit 0 as well', () => {
    expect(only(lintText(pcs('app', `cliques:\n${clique('a')}`, 0)), 'pcs-replicas-zero')).toHaveLength(1);
  });

  it('accepts one replica', () => {
    expect(only(lintText(seedText), 'pcs-replicas-zero')).toEqual([]);
  });
});

describe('scale-config-max-below-min', () => {
  const text = (scale: string) =>
    pcs(
      'app',
      `cliques:\n${clique('m')}\npodCliqueScalingGroups:\n  - name: sg\n    cliqueNames: [m]\n    replicas: 3\n    minAvailable: 1\n    scaleConfig: ${scale}`,
    );

  it('reports maxReplicas below the defaulted minReplicas (the PCSG replicas)', () => {
    const [finding] = only(lintText(text('{maxReplicas: 2}')), 'scale-config-max-below-min');
    expect(finding!.path).toBe('spec.template.podCliqueScalingGroups[0].scaleConfig.maxReplicas');
    expect(finding!.message).toContain('maxReplicas 2 is below minReplicas 3');
  });

  it('reports maxReplicas below replicas when minReplicas is lower', () => {
    const [finding] = only(lintText(text('{minReplicas: 1, maxReplicas: 2}')), 'scale-config-max-below-min');
    expect(finding!.message).toContain('maxReplicas 2 is below replicas 3');
  });

  it('accepts maxReplicas at or above both', () => {
    expect(only(lintText(text('{minReplicas: 1, maxReplicas: 3}')), 'scale-config-max-below-min')).toEqual(
      [],
    );
  });

  it('leaves a clique autoscaler to the webhook, which refuses it (C10)', () => {
    const doc = yaml`
      apiVersion: grove.io/v1alpha1
      kind: PodCliqueSet
      metadata: {name: app}
      spec:
        replicas: 1
        template:
          cliques:
            - name: a
              spec: {roleName: a, replicas: 3, autoScalingConfig: {maxReplicas: 1}, podSpec: {containers: [{name: c, image: i}]}}
    `;
    expect(only(lintText(doc), 'scale-config-max-below-min')).toEqual([]);
  });
});
