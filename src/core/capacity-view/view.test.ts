import { describe, expect, it } from 'vitest';
import { defaultAndRead } from '../check/check';
import { parseManifest } from '../parse/parse';
import { yaml } from '../test-support/dedent';
import { seedText } from '../test-support/samples';
import { capacityView } from './view';

function modelOf(text: string) {
  return defaultAndRead(parseManifest(text).documents[0]!.value).model;
}

/** A GPU layout: CPU frontend, prefill (leader + 2 workers, 8 GPUs each, limits only), replicas 3, min 1. */
const gpu = yaml`
  apiVersion: grove.io/v1alpha1
  kind: PodCliqueSet
  metadata:
    name: llm
  spec:
    replicas: 2
    template:
      cliques:
      - name: frontend
        spec:
          replicas: 2
          minAvailable: 1
          podSpec:
            containers:
            - name: f
              image: x
              resources: {requests: {cpu: "4", memory: 8Gi}}
      - name: pleader
        spec:
          replicas: 1
          podSpec:
            containers:
            - name: l
              image: x
              resources:
                requests: {cpu: "32", memory: 256Gi}
                limits: {nvidia.com/gpu: 8}
      - name: pworker
        spec:
          replicas: 2
          podSpec:
            containers:
            - name: w
              image: x
              resources:
                requests: {cpu: "32", memory: 256Gi}
                limits: {nvidia.com/gpu: 8}
      podCliqueScalingGroups:
      - name: prefill
        cliqueNames: [pleader, pworker]
        replicas: 3
        minAvailable: 1
        scaleConfig: {minReplicas: 1, maxReplicas: 5}
`;

describe('capacity view', () => {
  it('on the seed: 13 pods of 10m and 32Mi in total, 9 in the base gang', () => {
    const view = capacityView(modelOf(seedText), null);
    const total = view.rows.find((r) => r.scope === 'total')!;
    expect(view.resources).toEqual(['cpu', 'memory']);
    expect(total.levels.replicas).toEqual({
      pods: 13,
      resources: { cpu: '130m', memory: '416Mi' },
      nodes: null,
    });
    expect(total.levels.minAvailable.pods).toBe(9);
    expect(view.rows.map((r) => `${r.scope}:${r.label}`)).toEqual([
      'podClique:frontend',
      'groupReplica:prefill',
      'podClique:pleader',
      'podClique:pworker',
      'groupReplicas:prefill',
      'groupReplica:decode',
      'podClique:dleader',
      'podClique:dworker',
      'groupReplicas:decode',
      'pcsReplica:PodCliqueSet replica',
      'total:Total',
    ]);
  });

  it('sums limits-only GPUs per scope and level, and counts 8-GPU nodes', () => {
    const view = capacityView(modelOf(gpu), { 'nvidia.com/gpu': '8', cpu: '224', memory: '2Ti' });
    const row = (scope: string, label: string) =>
      view.rows.find((r) => r.scope === scope && r.label === label)!;
    expect(view.resources).toEqual(['cpu', 'memory', 'nvidia.com/gpu']);
    expect(row('podClique', 'pworker').perPod).toEqual({ cpu: '32', memory: '256Gi', 'nvidia.com/gpu': '8' });
    expect(row('groupReplica', 'prefill').levels.replicas.resources['nvidia.com/gpu']).toBe('24');
    const prefill = row('groupReplicas', 'prefill');
    expect(prefill.times).toEqual({ replicas: 3, minAvailable: 1, max: 5 });
    expect(prefill.levels.max.resources['nvidia.com/gpu']).toBe('120');
    const total = row('total', 'Total');
    // 2 PCS replicas x 3 prefill replicas x 3 GPU pods = 18 nodes of 8 GPUs, one pod each.
    expect(total.levels.replicas.resources['nvidia.com/gpu']).toBe('144');
    expect(total.levels.replicas.nodes).toMatchObject({ lowerBound: 18, boundBy: 'nvidia.com/gpu' });
    // The gang floor: 1 frontend pod and 1 prefill replica per PCS replica.
    expect(total.levels.minAvailable).toMatchObject({ pods: 8, resources: { 'nvidia.com/gpu': '48' } });
    expect(view.shape).toEqual({ cpu: '224', memory: '2Ti', 'nvidia.com/gpu': '8' });
  });

  it('says which pods fit no node of the shape, and which shape values it cannot read', () => {
    const view = capacityView(modelOf(gpu), { cpu: '224', memory: '2Ti', 'nvidia.com/gpu': 'eight' });
    expect(view.shapeProblems).toHaveLength(1);
    const total = view.rows.find((r) => r.scope === 'total')!;
    expect(total.levels.replicas.nodes?.lowerBound).toBeNull();
    expect(total.levels.replicas.nodes?.unschedulable.map((u) => [u.label, u.short])).toEqual([
      ['pleader', ['nvidia.com/gpu']],
      ['pworker', ['nvidia.com/gpu']],
    ]);
  });
});
