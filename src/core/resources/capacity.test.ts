import { describe, expect, it } from 'vitest';
import { defaultAndRead } from '../check/check';
import { parseManifest } from '../parse/parse';
import { yaml } from '../test-support/dedent';
import { seedText } from '../test-support/samples';
import { capacity, type Level } from './capacity';
import { capacityNodes } from './capacity-nodes';
import { formatQuantity } from './format';
import { parseNodeShape } from './nodes';
import type { ResourceList } from './resource-list';

function modelOf(text: string) {
  return defaultAndRead(parseManifest(text).documents[0]!.value).model;
}

function printed(list: ResourceList): Record<string, string> {
  return Object.fromEntries([...list].map(([name, q]) => [name, formatQuantity(q)]));
}

/**
 * A disaggregated inference layout on GPUs: a CPU frontend that autoscales, a prefill group (leader +
 * workers, 8 GPUs each, limits only) that autoscales, a decode group (4 GPUs each). The prefill leader
 * downloads the model in an init container that needs more memory than it runs with; prefill workers run
 * a metrics sidecar.
 */
function disaggregated(replicas: string | number = 2): string {
  return yaml`
    apiVersion: grove.io/v1alpha1
    kind: PodCliqueSet
    metadata:
      name: disagg
    spec:
      replicas: ${replicas}
      template:
        cliques:
          - name: frontend
            spec:
              roleName: frontend
              replicas: 2
              minAvailable: 1
              autoScalingConfig: { maxReplicas: 6 }
              podSpec:
                containers:
                  - name: frontend
                    image: frontend:1
                    resources: { requests: { cpu: "2", memory: 4Gi } }
          - name: pleader
            spec:
              roleName: pleader
              replicas: 1
              podSpec:
                initContainers:
                  - name: model-download
                    image: fetch:1
                    resources: { requests: { cpu: "8", memory: 512Gi } }
                containers:
                  - name: vllm
                    image: vllm:1
                    resources:
                      requests: { cpu: "32", memory: 256Gi }
                      limits: { nvidia.com/gpu: "8" }
          - name: pworker
            spec:
              roleName: pworker
              replicas: 3
              minAvailable: 2
              podSpec:
                initContainers:
                  - name: metrics
                    image: metrics:1
                    restartPolicy: Always
                    resources: { requests: { cpu: 500m, memory: 1Gi } }
                containers:
                  - name: vllm
                    image: vllm:1
                    resources:
                      requests: { cpu: "32", memory: 256Gi }
                      limits: { nvidia.com/gpu: 8 }
          - name: dleader
            spec:
              roleName: dleader
              replicas: 1
              podSpec:
                containers:
                  - name: vllm
                    image: vllm:1
                    resources: { limits: { cpu: "16", memory: 128Gi, nvidia.com/gpu: "4" } }
          - name: dworker
            spec:
              roleName: dworker
              replicas: 2
              minAvailable: 1
              podSpec:
                containers:
                  - name: vllm
                    image: vllm:1
                    resources: { limits: { cpu: "16", memory: 128Gi, nvidia.com/gpu: "4" } }
        podCliqueScalingGroups:
          - name: prefill
            cliqueNames: [pleader, pworker]
            replicas: 2
            scaleConfig: { maxReplicas: 4 }
          - name: decode
            cliqueNames: [dleader, dworker]
            replicas: 3
            minAvailable: 2
  `;
}

const gpuNode = parseNodeShape({ cpu: '224', memory: '2Ti', 'nvidia.com/gpu': 8 }).shape;

describe('capacity of a disaggregated GPU layout', () => {
  const c = capacity(modelOf(disaggregated()));
  const member = (name: string) => c.groups.flatMap((g) => g.members).find((m) => m.clique === name)!;

  it("computes each pod's effective request: limits-only GPUs, init peak, sidecars", () => {
    expect(printed(c.standalone[0]!.perPod.requests)).toEqual({ cpu: '2', memory: '4Gi' });
    // The model download (512Gi) outweighs the running container (256Gi); the GPU limit is the request.
    expect(printed(member('pleader').perPod.requests)).toEqual({
      cpu: '32',
      memory: '512Gi',
      'nvidia.com/gpu': '8',
    });
    // The metrics sidecar adds to the steady state.
    expect(printed(member('pworker').perPod.requests)).toEqual({
      cpu: '32500m',
      memory: '257Gi',
      'nvidia.com/gpu': '8',
    });
    expect(printed(member('dworker').perPod.requests)).toEqual({
      cpu: '16',
      memory: '128Gi',
      'nvidia.com/gpu': '4',
    });
    expect(c.problems).toEqual([]);
  });

  it('sums one PodClique and one scaling-group replica', () => {
    expect(printed(member('pworker').perPodClique.replicas)).toEqual({
      cpu: '97500m',
      memory: '771Gi',
      'nvidia.com/gpu': '24',
    });
    const prefill = c.groups[0]!;
    expect(printed(prefill.perReplica.replicas)).toEqual({
      cpu: '129500m',
      memory: '1283Gi',
      'nvidia.com/gpu': '32',
    });
    expect(prefill.podsPerReplica).toEqual({ replicas: 4n, minAvailable: 3n, max: 4n });
    expect(prefill.replicas).toEqual({ replicas: 2n, minAvailable: 1n, max: 4n });
  });

  const expected: Record<Level, { replica: Record<string, string>; pods: bigint }> = {
    // frontend 2 + prefill 2 x 4 + decode 3 x 3 pods.
    replicas: { replica: { cpu: '407', memory: '3726Gi', 'nvidia.com/gpu': '100' }, pods: 19n },
    // The base PodGang: frontend 1, prefill replica 0 (leader 1 + 2 workers), decode replicas 0-1 (leader + 1 worker each).
    minAvailable: { replica: { cpu: '163', memory: '1542Gi', 'nvidia.com/gpu': '40' }, pods: 8n },
    // frontend at 6, prefill at 4 replicas, decode (no autoscaler) at 3.
    max: { replica: { cpu: '674', memory: '6308Gi', 'nvidia.com/gpu': '164' }, pods: 31n },
  };

  it.each(['replicas', 'minAvailable', 'max'] as const)(
    'sums one PodCliqueSet replica and the total at %s',
    (level) => {
      expect(printed(c.perPcsReplica[level])).toEqual(expected[level].replica);
      expect(c.podsPerPcsReplica[level]).toBe(expected[level].pods);
      expect(c.pods[level]).toBe(expected[level].pods * 2n);
      const doubled = Object.fromEntries(
        Object.entries(expected[level].replica).map(([k, v]) => [
          k,
          k === 'memory' ? `${parseInt(v) * 2}Gi` : `${parseInt(v) * 2}`,
        ]),
      );
      expect(printed(c.total[level])).toEqual(doubled);
    },
  );

  it('counts nodes of 8 GPUs, 2Ti and 224 CPUs: a lower bound per resource and a first-fit packing', () => {
    const nodes = capacityNodes(c, gpuNode);
    const replica = nodes.perPcsReplica.replicas;
    // 100 GPUs / 8 = 12.5 -> 13; cpu 407 / 224 -> 2; memory 3726Gi / 2048Gi -> 2.
    expect(Object.fromEntries(replica.byResource)).toEqual({ cpu: 2n, memory: 2n, 'nvidia.com/gpu': 13n });
    expect(replica.lowerBound).toBe(13n);
    // Packing: 8 prefill nodes, decode pods two to a node (9 pods -> 5 nodes), frontends share a prefill node.
    expect(replica.firstFit).toBe(13n);
    expect(nodes.total.minAvailable.lowerBound).toBe(10n);
    expect(nodes.perScalingGroupReplica.get('decode')!.replicas.firstFit).toBe(2n);
    expect(nodes.perPodClique.get('pworker')!.max.firstFit).toBe(3n);
  });

  it('says which pods no node of the shape can hold', () => {
    const cpuOnly = parseNodeShape({ cpu: 224, memory: '2Ti' }).shape;
    const replica = capacityNodes(c, cpuOnly).perPcsReplica.replicas;
    expect(replica.lowerBound).toBeNull();
    expect(replica.unschedulable.map((u) => [u.label, u.pods, u.short])).toEqual([
      ['pleader', 2n, ['nvidia.com/gpu']],
      ['pworker', 6n, ['nvidia.com/gpu']],
      ['dleader', 3n, ['nvidia.com/gpu']],
      ['dworker', 6n, ['nvidia.com/gpu']],
    ]);
    expect(replica.firstFit).toBe(1n); // the two frontends
  });
});

describe('capacity at scale', () => {
  it('stays exact for spec.replicas: 1e9', () => {
    const c = capacity(modelOf(disaggregated('1e9')));
    expect(c.pcsReplicas).toBe(1_000_000_000n);
    expect(c.pods.replicas).toBe(19_000_000_000n);
    // 3726Gi x 10^9 = 3638671875Ti exactly (10^9 holds 2^9, 3726 one more 2).
    expect(printed(c.total.replicas)).toEqual({
      cpu: '407G',
      memory: '3638671875Ti',
      'nvidia.com/gpu': '100G',
    });
    expect(c.total.replicas.get('memory')!.nano).toBe(3726n * 2n ** 30n * 10n ** 18n);
    const total = capacityNodes(c, gpuNode).total.replicas;
    expect(total.lowerBound).toBe(12_500_000_000n);
    // Packed together, decode's odd pods pair up across replicas: 2e9 + 6e9 + 4.5e9 nodes.
    expect(total.firstFit).toBe(12_500_000_000n);
  });
});

describe('capacity of the seed (mn-disagg, the naming guide)', () => {
  it('asks 13 pods of 10m and 32Mi: 130m and 416Mi', () => {
    const c = capacity(modelOf(seedText));
    expect(c.pods.replicas).toBe(13n);
    expect(printed(c.total.replicas)).toEqual({ cpu: '130m', memory: '416Mi' });
    // Base gang: frontend 2 (minAvailable copied from replicas), prefill replica 0 (1 + 3), decode replica 0 (1 + 2).
    expect(c.pods.minAvailable).toBe(9n);
    expect(printed(c.total.minAvailable)).toEqual({ cpu: '90m', memory: '288Mi' });
  });
});
