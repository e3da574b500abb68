import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { yaml } from '../test-support/dedent';
import { formatQuantity } from './format';
import { podRequests } from './pod-requests';
import type { ResourceList } from './resource-list';

/** Reads a pod spec written as YAML and prints its effective request as `name=quantity` pairs. */
function requestsOf(text: string): Record<string, string> {
  return printed(podRequests(parse(text) as unknown).requests);
}

function printed(list: ResourceList): Record<string, string> {
  return Object.fromEntries([...list].map(([name, q]) => [name, formatQuantity(q)]));
}

describe('effective pod request', () => {
  it('sums regular containers', () => {
    expect(
      requestsOf(yaml`
        containers:
          - name: a
            resources: { requests: { cpu: 500m, memory: 1Gi } }
          - name: b
            resources: { requests: { cpu: "2", memory: 512Mi } }
      `),
    ).toEqual({ cpu: '2500m', memory: '1536Mi' });
  });

  it('requests the limit of a resource that has only a limit (a limits-only GPU)', () => {
    expect(
      requestsOf(yaml`
        containers:
          - name: vllm
            resources:
              requests: { cpu: "8" }
              limits: { cpu: "16", nvidia.com/gpu: 8 }
      `),
    ).toEqual({ cpu: '8', 'nvidia.com/gpu': '8' });
  });

  it('counts init containers by their maximum, not their sum', () => {
    expect(
      requestsOf(yaml`
        initContainers:
          - name: download
            resources: { requests: { cpu: "4", memory: 8Gi } }
          - name: warm
            resources: { requests: { cpu: "1", memory: 16Gi } }
        containers:
          - name: main
            resources: { requests: { cpu: "2", memory: 4Gi } }
      `),
    ).toEqual({ cpu: '4', memory: '16Gi' });
  });

  it('adds restartable sidecars to the steady state and to every later init container', () => {
    const result = podRequests(
      parse(yaml`
        initContainers:
          - name: before
            resources: { requests: { cpu: "3" } }
          - name: proxy
            restartPolicy: Always
            resources: { requests: { cpu: "1", memory: 1Gi } }
          - name: migrate
            resources: { requests: { cpu: "2", memory: 2Gi } }
        containers:
          - name: main
            resources: { requests: { cpu: 500m, memory: 1Gi } }
      `) as unknown,
    );
    // Steady state: main + proxy = 1500m, 2Gi. Init peak: max(before 3, proxy 1, migrate 2 + proxy 1) = 3 cpu;
    // memory max(proxy 1Gi, migrate 2Gi + proxy 1Gi) = 3Gi.
    expect(printed(result.containers)).toEqual({ cpu: '1500m', memory: '2Gi' });
    expect(printed(result.initPeak)).toEqual({ cpu: '3', memory: '3Gi' });
    expect(printed(result.requests)).toEqual({ cpu: '3', memory: '3Gi' });
  });

  it('does not count a sidecar declared after an init container into that init container', () => {
    expect(
      requestsOf(yaml`
        initContainers:
          - name: setup
            resources: { requests: { nvidia.com/gpu: 1 } }
          - name: agent
            restartPolicy: Always
            resources: { limits: { nvidia.com/gpu: 1 } }
        containers:
          - name: main
            resources: { limits: { nvidia.com/gpu: 1 } }
      `),
    ).toEqual({ 'nvidia.com/gpu': '2' });
  });

  it('adds pod overhead', () => {
    expect(
      requestsOf(yaml`
        overhead: { cpu: 250m, memory: 120Mi }
        containers:
          - name: main
            resources: { requests: { cpu: "1", memory: 1Gi } }
      `),
    ).toEqual({ cpu: '1250m', memory: '1144Mi' });
  });

  it('lets pod-level resources replace the container sum for cpu and memory only', () => {
    expect(
      requestsOf(yaml`
        resources:
          requests: { cpu: "4" }
          limits: { memory: 8Gi }
        containers:
          - name: main
            resources: { requests: { cpu: "1", memory: 1Gi }, limits: { nvidia.com/gpu: 2 } }
      `),
    ).toEqual({ cpu: '4', memory: '1Gi', 'nvidia.com/gpu': '2' });
  });

  it('rounds values finer than 1m up, as the API server does to pod resources', () => {
    expect(requestsOf('containers: [{ name: a, resources: { requests: { cpu: 100n } } }]')).toEqual({
      cpu: '1m',
    });
  });

  it('reports junk with where it is and why, and leaves it out of the sums', () => {
    const result = podRequests(
      parse(yaml`
        containers:
          - name: a
            resources:
              requests: { cpu: three, memory: -1Gi, nvidia.com/gpu: 1 }
              limits: { cpu: "4" }
          - name: b
            resources: 7
        overhead: [1]
      `) as unknown,
    );
    expect(printed(result.requests)).toEqual({ 'nvidia.com/gpu': '1' });
    expect(result.problems.map((p) => [p.at.join('.'), p.message])).toEqual([
      ['containers.0.resources.requests.cpu', expect.stringContaining('cpu: expected a number') as string],
      ['containers.0.resources.requests.memory', 'memory: a resource amount cannot be negative'],
      ['containers.1.resources', '`resources` must be a map with `requests` and `limits`'],
      ['overhead', '`overhead` must be a map of resource names to quantities'],
    ]);
  });

  it('treats a missing or malformed pod spec as requesting nothing', () => {
    expect(podRequests(undefined).requests.size).toBe(0);
    expect(podRequests({ containers: 'x' }).problems[0]?.message).toBe(
      '`containers` must be a list of containers',
    );
    const proto = podRequests(
      JSON.parse('{"containers":[{"resources":{"requests":{"__proto__":"1"}}}]}') as unknown,
    );
    expect(printed(proto.requests)).toEqual({ ['__proto__']: '1' });
  });
});
