import { describe, expect, it } from 'vitest';
import { checkManifest } from '../check/check';
import { sample } from '../test-support/samples';
import { yaml } from '../test-support/dedent';
import { applyCommand } from '.';
import type { EditCommand } from './types';

function run(text: string, command: EditCommand): string {
  const result = applyCommand(text, 0, command);
  if (!result.ok) throw new Error(result.reason);
  return result.text;
}

function reason(text: string, command: EditCommand): string {
  const result = applyCommand(text, 0, command);
  return result.ok ? 'applied' : result.reason;
}

const gpu = yaml`
  apiVersion: grove.io/v1alpha1
  kind: PodCliqueSet
  metadata:
    name: g
  spec:
    replicas: 1
    template:
      cliques:
      - name: w
        spec:
          roleName: w
          replicas: 2
          podSpec:
            containers:
            - name: sidecar
              image: busybox
            - name: main
              image: vllm
              resources:
                requests:
                  nvidia.com/gpu: 4
                limits:
                  nvidia.com/gpu: 4
              volumeMounts: []
          autoScalingConfig: {maxReplicas: 5}
`;

describe('container requests', () => {
  it('changes a GPU count in requests and limits together', () => {
    const after = run(gpu, {
      type: 'setContainerRequests',
      clique: 'w',
      container: 'main',
      requests: { 'nvidia.com/gpu': 8 },
    });
    expect(after).toBe(gpu.replaceAll('nvidia.com/gpu: 4', 'nvidia.com/gpu: 8'));
  });

  it('removing the only request removes requests, the mirrored limit and the emptied resources', () => {
    const after = run(gpu, {
      type: 'setContainerRequests',
      clique: 'w',
      container: 1,
      requests: { 'nvidia.com/gpu': null },
    });
    expect(after).not.toContain('resources');
    expect(after).toContain('            image: vllm\n            volumeMounts: []\n');
  });

  it('replaces a GPU by cpu and memory without leaving an empty mapping', () => {
    const after = run(gpu, {
      type: 'setContainerRequests',
      clique: 'w',
      container: 'main',
      requests: { 'nvidia.com/gpu': null, cpu: '500m', memory: '1.5Gi' },
    });
    expect(after).toContain(
      '            resources:\n              requests:\n                cpu: 500m\n                memory: 1.5Gi\n            volumeMounts',
    );
    expect(checkManifest(after).errors).toBe(0);
  });

  it('writes requests on the first container by default, before volumeMounts-like fields', () => {
    const after = run(gpu, { type: 'setContainerRequests', clique: 'w', requests: { memory: '1Gi' } });
    expect(after).toContain(
      '          - name: sidecar\n            image: busybox\n            resources:\n              requests:\n                memory: 1Gi\n',
    );
  });

  it.each<[Record<string, string | number | null>, RegExp]>([
    [{ cpu: 'lots' }, /not a Kubernetes quantity/],
    [{ cpu: -1 }, /not a Kubernetes quantity/],
    [{ 'nvidia.com/gpu': '0.5' }, /whole number/],
    [{ 'bad name!': 1 }, /not a resource name/],
    [{}, /No resource/],
  ])('refuses %j', (requests, why) => {
    expect(reason(gpu, { type: 'setContainerRequests', clique: 'w', requests })).toMatch(why);
  });

  it('refuses a container that is not there', () => {
    expect(
      reason(gpu, { type: 'setContainerRequests', clique: 'w', container: 'nope', requests: { cpu: 1 } }),
    ).toMatch(/no container "nope"/);
  });
});

describe('autoscaler ranges', () => {
  it('sets a range in a flow autoScalingConfig', () => {
    const after = run(gpu, {
      type: 'setCliqueAutoscaler',
      clique: 'w',
      range: { minReplicas: 2, maxReplicas: 6 },
    });
    expect(after).toContain('autoScalingConfig: {maxReplicas: 6, minReplicas: 2}\n');
  });

  it('keeps metrics, drops minReplicas when the range has none, and refuses max below min', () => {
    const text = sample('simple1.yaml');
    const min = run(text, {
      type: 'setCliqueAutoscaler',
      clique: 'pca',
      range: { minReplicas: 3, maxReplicas: 5 },
    });
    expect(min).toContain(
      '          autoScalingConfig:\n            minReplicas: 3\n            maxReplicas: 5\n            metrics:\n',
    );
    expect(run(min, { type: 'setCliqueAutoscaler', clique: 'pca', range: { maxReplicas: 5 } })).toBe(text);
    expect(
      reason(text, { type: 'setCliqueAutoscaler', clique: 'pca', range: { minReplicas: 4, maxReplicas: 3 } }),
    ).toMatch(/must be at least minReplicas/);
  });

  it('removes a scaling group autoscaler with its metrics', () => {
    const after = run(sample('simple1.yaml'), { type: 'setGroupScaleConfig', group: 'sga', range: null });
    expect(after).not.toContain('maxReplicas: 6');
    expect(after.trimEnd().endsWith('          - pcc')).toBe(true);
  });
});

describe('counts', () => {
  it.each<[EditCommand, RegExp]>([
    [{ type: 'setCliqueReplicas', clique: 'w', replicas: 0 }, /from 1/],
    [{ type: 'setCliqueReplicas', clique: 'w', replicas: 1.5 }, /whole number/],
    [{ type: 'setCliqueMinAvailable', clique: 'w', minAvailable: 2 ** 31 }, /to 2147483647/],
    [{ type: 'setReplicas', replicas: -1 }, /from 0/],
  ])('refuses %j', (command, why) => {
    expect(reason(gpu, command)).toMatch(why);
  });

  it('accepts zero PodCliqueSet replicas', () => {
    expect(run(gpu, { type: 'setReplicas', replicas: 0 })).toContain('spec:\n  replicas: 0\n');
  });
});

it('edits the last of a key written twice, the one kubectl keeps', () => {
  const twice = gpu.replace('        replicas: 2\n', '        replicas: 2\n        replicas: 3\n');
  expect(twice).not.toBe(gpu);
  const after = run(twice, { type: 'setCliqueReplicas', clique: 'w', replicas: 5 });
  expect(after).toContain('        replicas: 2\n        replicas: 5\n');
});
