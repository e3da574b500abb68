import { describe, expect, it } from 'vitest';
import { seedText } from '../core/test-support/samples';
import { run, runJson } from './test-io';

interface Pod {
  podClique: string;
  index: number;
  generateName: string;
  hostname: string;
  fqdn: string;
  podGang: string;
  labels: Record<string, string>;
  env: Record<string, string>;
}
interface ExpandJson {
  documents: {
    index: number;
    name: string;
    errors: number;
    podCliques: { name: string; podGang: string }[];
    podCliqueScalingGroups: { name: string }[];
    podGangs: { name: string; kind: string; podGroups: { podClique: string; minReplicas: number }[] }[];
    headlessServices: { name: string; fqdn: string }[];
    hpas: { name: string; target: { kind: string; name: string } }[];
    pods: Pod[];
    totals: Record<string, unknown> & { requests: Record<string, string> };
    truncated: boolean;
  }[];
}

const expand = (args: string[], stdin = seedText) => runJson<ExpandJson>(['expand', ...args, '-'], stdin);

describe('expand', () => {
  it("expands the seed as Grove's naming guide does: 13 pods, 7 PodCliques, 2 scaling groups", async () => {
    const { status, json } = await expand([]);
    expect(status).toBe(0);
    const [doc] = json.documents;
    expect(doc!.totals).toMatchObject({ pods: 13, podCliques: 7, podCliqueScalingGroups: 2, podGangs: 2 });
    expect(doc!.totals.requests).toEqual({ cpu: '130m', memory: '416Mi' });
    expect(doc!.pods).toHaveLength(13);
    expect(doc!.podCliqueScalingGroups.map((g) => g.name)).toEqual([
      'mn-disagg-0-prefill',
      'mn-disagg-0-decode',
    ]);
    // Prefill replica 1 is beyond minAvailable 1: its own scaled PodGang.
    expect(doc!.podGangs.map((g) => [g.name, g.kind])).toEqual([
      ['mn-disagg-0', 'base'],
      ['mn-disagg-0-prefill-0', 'scaled'],
    ]);
    expect(doc!.podGangs[1]!.podGroups).toEqual([
      { podClique: 'mn-disagg-0-prefill-1-pleader', minReplicas: 1, pods: 1 },
      { podClique: 'mn-disagg-0-prefill-1-pworker', minReplicas: 3, pods: 3 },
    ]);
    const pod = doc!.pods.find((p) => p.hostname === 'mn-disagg-0-prefill-1-pleader-0')!;
    expect(pod).toMatchObject({
      generateName: 'mn-disagg-0-prefill-1-pleader-',
      fqdn: 'mn-disagg-0-prefill-1-pleader-0.mn-disagg-0.default.svc.cluster.local',
      podGang: 'mn-disagg-0-prefill-0',
    });
    expect(Object.keys(pod.env).slice(0, 5)).toEqual([
      'GROVE_PCS_NAME',
      'GROVE_PCS_INDEX',
      'GROVE_PCLQ_NAME',
      'GROVE_HEADLESS_SERVICE',
      'GROVE_PCLQ_POD_INDEX',
    ]);
    expect(pod.env['GROVE_PCSG_TEMPLATE_NUM_PODS']).toBe('4');
    expect(doc!.headlessServices).toEqual([
      expect.objectContaining({ name: 'mn-disagg-0', fqdn: 'mn-disagg-0.default.svc.cluster.local' }),
    ]);
    expect(doc!.truncated).toBe(false);
  });

  it('cuts the pod list at --max-pods and says so, while the totals stay exact', async () => {
    const { json } = await expand(['--max-pods', '5']);
    expect(json.documents[0]!.pods).toHaveLength(5);
    expect(json.documents[0]!.totals['pods']).toBe(13);
    expect(json.documents[0]!.truncated).toBe(true);
  });

  it('prints counts past 2^53 as decimal strings, without enumerating', async () => {
    const huge = seedText
      .replace('  replicas: 1\n  template', '  replicas: 2000000000\n  template')
      .replace('replicas: 3', 'replicas: 2000000000');
    const { json } = await expand(['--max-pods', '2'], huge);
    const totals = json.documents[0]!.totals;
    // Per PCS replica: 2 + 2 x (1 + 2e9) + 1 + 2 pods.
    expect(totals['pods']).toBe(String(2_000_000_000n * (2n + 2n * (1n + 2_000_000_000n) + 3n)));
    expect(json.documents[0]!.pods).toHaveLength(2);
    expect(json.documents[0]!.truncated).toBe(true);
  });

  it('expands an invalid document as far as it can, with its error count, exit 1', async () => {
    const invalid = seedText.replace('- name: dworker', '- name: dleader');
    const { status, json } = await expand([], invalid);
    expect(status).toBe(1);
    expect(json.documents[0]!.errors).toBeGreaterThan(0);
    expect(json.documents[0]!.pods.length).toBeGreaterThan(0);
  });

  it("lists an autoscaled clique's HPA", async () => {
    const scaled = seedText.replace(
      '      spec:\n        replicas: 2\n',
      '      spec:\n        replicas: 2\n        autoScalingConfig: {maxReplicas: 4}\n',
    );
    const { json } = await expand([], scaled);
    expect(json.documents[0]!.hpas).toEqual([
      expect.objectContaining({
        name: 'mn-disagg-0-frontend',
        target: { kind: 'PodClique', name: 'mn-disagg-0-frontend' },
        minReplicas: 2,
        maxReplicas: 4,
      }),
    ]);
  });

  it('prints a readable summary with --format text', async () => {
    const { status, stdout } = await run(['expand', '--format', 'text', '-'], seedText);
    expect(status).toBe(0);
    expect(stdout).toContain(
      '1 replica, 7 PodCliques, 2 scaling groups, 2 PodGangs, 1 Service, 0 HPAs, 13 pods; requests cpu 130m, memory 416Mi',
    );
    expect(stdout).toContain(
      '  mn-disagg-0-prefill-0 (scaled): mn-disagg-0-prefill-1-pleader >= 1, mn-disagg-0-prefill-1-pworker >= 3',
    );
    expect(stdout).toContain(
      '  mn-disagg-0-decode-0-dworker-1.mn-disagg-0.default.svc.cluster.local  gang mn-disagg-0',
    );
  });

  it('exits 2 on text that is not YAML, and on a missing file', async () => {
    expect((await run(['expand', '-'], 'a: [b\n')).status).toBe(2);
    const missing = await run(['expand', '/nonexistent/pcs.yaml']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('no such file or directory');
  });

  it.each([
    [['expand', 'a.yaml', 'b.yaml'], 'expand needs exactly one FILE'],
    [['expand', '--max-pods', '1e3', '-'], '--max-pods must be a whole number (got "1e3")'],
    [['expand', '--format', 'sarif', '-'], '--format must be one of json, text'],
  ])('treats %j as a usage error', async (argv, message) => {
    const { status, stderr } = await run(argv, seedText);
    expect(status).toBe(2);
    expect(stderr).toContain(message);
  });
});
