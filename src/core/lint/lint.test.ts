import { describe, expect, it } from 'vitest';
import { yaml } from '../test-support/dedent';
import { samples } from '../test-support/samples';
import { lintText } from './fixture';
import { lintRules } from './rules';

describe('lint stage', () => {
  it('gives Grove samples only these notes (reviewed: generic names and long PodCliqueSet names)', () => {
    const found: Record<string, string[]> = {};
    for (const s of samples)
      found[s.name.split('/').pop()!] = lintText(s.text).map((f) => `${f.code} ${f.path}`);
    expect(found).toEqual({
      'simple1.yaml': [],
      'simple2-explicit-startup-order.yaml': [],
      'simple3-explicit-startup-order.yaml': [],
      'complete-inference-pipeline.yaml': [],
      'multi-node-aggregated.yaml': [
        'generic-clique-name spec.template.cliques[0].name',
        'generic-clique-name spec.template.cliques[1].name',
      ],
      'multi-node-disaggregated.yaml': ['pcs-name-long metadata.name'],
      'single-node-aggregated.yaml': [],
      'single-node-disaggregated.yaml': ['pcs-name-long metadata.name'],
      'multinode-disaggregated-with-frontend.yaml': [],
      'pcsg-env-vars.yaml': [
        'generic-clique-name spec.template.cliques[0].name',
        'generic-clique-name spec.template.cliques[1].name',
      ],
      'standalone-env-vars.yaml': [],
    });
  });

  it('reads wrong types, negative and huge counts and __proto__ keys without crashing', () => {
    const text = yaml`
      apiVersion: grove.io/v1alpha1
      kind: PodCliqueSet
      metadata: {name: [x], __proto__: {name: y}}
      spec:
        replicas: -1
        template:
          cliqueStartupType: 7
          cliques:
            - name: a
              spec: {replicas: "three", startsAfter: [1, null], autoScalingConfig: {maxReplicas: 1e9}, podSpec: {containers: {x: 1}, restartPolicy: [Never]}}
            - "just text"
            - name: __proto__
              spec: {replicas: 1e30, podSpec: {containers: [{name: c, env: [{name: 5}, "GROVE_PCS_NAME"]}]}}
          podCliqueScalingGroups:
            - {name: g, cliqueNames: [a, 3, null], replicas: -5, scaleConfig: {maxReplicas: "10"}}
            - 12
    `;
    expect(() => lintText(text)).not.toThrow();
    expect(() => lintText('just: text\n')).not.toThrow();
    expect(() => lintText('')).not.toThrow();
  });

  it('registers every rule once, in stage lint, as a warning or a note', () => {
    const codes = lintRules.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const rule of lintRules) {
      expect(rule.stage).toBe('lint');
      expect(['warning', 'info']).toContain(rule.severity);
      expect(rule.fix.length).toBeGreaterThan(0);
      expect(rule.explanation.length).toBeGreaterThan(rule.title.length);
    }
  });
});
