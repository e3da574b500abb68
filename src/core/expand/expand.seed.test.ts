import { describe, expect, it } from 'vitest';
import { defaultAndRead } from '../check/check';
import { parseManifest } from '../parse/parse';
import { SUFFIX_ALPHABET } from '../names/names';
import { seedText } from '../test-support/samples';
import { expandPodCliqueSet } from '.';

/** The defaulted model Grove's validators and the expansion see. */
function modelOf(text: string) {
  return defaultAndRead(parseManifest(text).documents[0]!.value).model;
}

/** The seed is Grove's naming guide example: REFERENCE (c) "Worked example". */
const model = modelOf(seedText);
const seed = expandPodCliqueSet(model);
const all = <T>(list: { count: number | bigint; slice(a: number, b: number | bigint): T[] }) =>
  list.slice(0, list.count);

describe('expandPodCliqueSet on the seed (mn-disagg)', () => {
  it('counts what the guide counts', () => {
    expect(seed.totals).toEqual({
      pcsReplicas: 1,
      podCliques: 7,
      podCliqueScalingGroups: 2,
      podGangs: 2,
      headlessServices: 1,
      hpas: 0,
      pods: 13,
    });
  });

  it('names the 7 PodCliques and 2 scaling groups of the guide, in Grove order', () => {
    expect(all(seed.podCliques).map((p) => p.name)).toEqual([
      'mn-disagg-0-frontend',
      'mn-disagg-0-prefill-0-pleader',
      'mn-disagg-0-prefill-0-pworker',
      'mn-disagg-0-prefill-1-pleader',
      'mn-disagg-0-prefill-1-pworker',
      'mn-disagg-0-decode-0-dleader',
      'mn-disagg-0-decode-0-dworker',
    ]);
    expect(all(seed.podCliqueScalingGroups).map((g) => [g.name, g.replicas, g.minAvailable])).toEqual([
      ['mn-disagg-0-prefill', 2, 1],
      ['mn-disagg-0-decode', 1, 1],
    ]);
  });

  it('gives every pod its hostname, subdomain and FQDN', () => {
    const pods = all(seed.pods);
    expect(pods.map((p) => p.hostname)).toEqual([
      'mn-disagg-0-frontend-0',
      'mn-disagg-0-frontend-1',
      'mn-disagg-0-prefill-0-pleader-0',
      'mn-disagg-0-prefill-0-pworker-0',
      'mn-disagg-0-prefill-0-pworker-1',
      'mn-disagg-0-prefill-0-pworker-2',
      'mn-disagg-0-prefill-1-pleader-0',
      'mn-disagg-0-prefill-1-pworker-0',
      'mn-disagg-0-prefill-1-pworker-1',
      'mn-disagg-0-prefill-1-pworker-2',
      'mn-disagg-0-decode-0-dleader-0',
      'mn-disagg-0-decode-0-dworker-0',
      'mn-disagg-0-decode-0-dworker-1',
    ]);
    expect(new Set(pods.map((p) => p.subdomain))).toEqual(new Set(['mn-disagg-0']));
    expect(pods[6]!.fqdn).toBe('mn-disagg-0-prefill-1-pleader-0.mn-disagg-0.default.svc.cluster.local');
    expect(all(seed.headlessServices)).toEqual([
      {
        name: 'mn-disagg-0',
        pcsReplica: 0,
        fqdn: 'mn-disagg-0.default.svc.cluster.local',
        publishNotReadyAddresses: true,
      },
    ]);
  });

  it('names pods generateName + 5 characters of the alphabet; the longest is 35 characters', () => {
    const pods = all(seed.pods);
    for (const pod of pods) {
      expect(pod.generateName).toBe(`${pod.podClique}-`);
      expect(pod.name.startsWith(pod.generateName)).toBe(true);
      const suffix = pod.name.slice(pod.generateName.length);
      expect(suffix).toHaveLength(5);
      expect([...suffix].every((c) => SUFFIX_ALPHABET.includes(c))).toBe(true);
    }
    expect(Math.max(...pods.map((p) => p.name.length))).toBe(35);
    expect(Math.max(...pods.map((p) => p.hostname.length))).toBe(31);
    const longest = pods.filter((p) => p.name.length === 35).map((p) => p.generateName);
    expect(longest).toContain('mn-disagg-0-prefill-1-pworker-');
  });

  it('puts prefill replica 1 in its own scaled PodGang; the rest in the base gang', () => {
    const gangs = all(seed.podGangs).map((g) => ({
      name: g.name,
      kind: g.kind,
      pods: g.pods,
      groups: all(g.podGroups).map((p) => [p.podClique, p.minReplicas, p.pods]),
    }));
    expect(gangs).toEqual([
      {
        name: 'mn-disagg-0',
        kind: 'base',
        pods: 9,
        groups: [
          ['mn-disagg-0-frontend', 2, 2],
          ['mn-disagg-0-prefill-0-pleader', 1, 1],
          ['mn-disagg-0-prefill-0-pworker', 3, 3],
          ['mn-disagg-0-decode-0-dleader', 1, 1],
          ['mn-disagg-0-decode-0-dworker', 2, 2],
        ],
      },
      {
        name: 'mn-disagg-0-prefill-0',
        kind: 'scaled',
        pods: 4,
        groups: [
          ['mn-disagg-0-prefill-1-pleader', 1, 1],
          ['mn-disagg-0-prefill-1-pworker', 3, 3],
        ],
      },
    ]);
    expect(all(seed.pods).filter((p) => p.podGang === 'mn-disagg-0-prefill-0')).toHaveLength(4);
  });

  it('creates the per-PCS ServiceAccount, Role, RoleBinding and Secret', () => {
    expect(seed.perPodCliqueSet).toEqual({
      serviceAccount: 'mn-disagg',
      role: 'grove.io:pcs:mn-disagg',
      roleBinding: 'grove.io:pcs:mn-disagg',
      initContainerSecret: 'mn-disagg-ic-sat',
    });
    expect(seed.namespace).toBe('default');
  });

  it('gives a pworker pod Grove variables in order, values resolved', () => {
    const pod = all(seed.pods).find((p) => p.hostname === 'mn-disagg-0-prefill-1-pworker-2')!;
    expect(pod.env.map((e) => [e.name, e.value, e.source])).toEqual([
      ['GROVE_PCS_NAME', 'mn-disagg', 'grove'],
      ['GROVE_PCS_INDEX', '0', 'grove'],
      ['GROVE_PCLQ_NAME', 'mn-disagg-0-prefill-1-pworker', 'grove'],
      ['GROVE_HEADLESS_SERVICE', 'mn-disagg-0.default.svc.cluster.local', 'grove'],
      ['GROVE_PCLQ_POD_INDEX', '2', 'grove-downward-api'],
      ['GROVE_PCSG_NAME', 'mn-disagg-0-prefill', 'grove-downward-api'],
      ['GROVE_PCSG_TEMPLATE_NUM_PODS', '4', 'grove'],
      ['GROVE_PCSG_INDEX', '1', 'grove-downward-api'],
    ]);
    expect(pod.env[4]!.fromLabel).toBe('grove.io/podclique-pod-index');
  });

  it('labels a scaling-group pod as Grove does, with the base gang on a scaled replica', () => {
    const pod = all(seed.pods).find((p) => p.hostname === 'mn-disagg-0-prefill-1-pworker-2')!;
    expect({ ...pod.labels }).toEqual({
      'app.kubernetes.io/managed-by': 'grove-operator',
      'app.kubernetes.io/part-of': 'mn-disagg',
      'app.kubernetes.io/name': 'mn-disagg-0-prefill-1-pworker',
      'app.kubernetes.io/component': 'pcsg-podclique',
      'grove.io/podcliquescalinggroup': 'mn-disagg-0-prefill',
      'grove.io/podgang': 'mn-disagg-0-prefill-0',
      'grove.io/podcliqueset-replica-index': '0',
      'grove.io/podcliquescalinggroup-replica-index': '1',
      'grove.io/base-podgang': 'mn-disagg-0',
      'grove.io/podclique': 'mn-disagg-0-prefill-1-pworker',
      'grove.io/podclique-pod-index': '2',
    });
    const base = all(seed.pods).find((p) => p.hostname === 'mn-disagg-0-prefill-0-pworker-0')!;
    expect(base.labels['grove.io/base-podgang']).toBeUndefined();
    const frontend = seed.pods.at(0);
    expect(frontend.labels['app.kubernetes.io/component']).toBe('pcs-podclique');
    expect(frontend.labels['grove.io/podcliquescalinggroup']).toBeUndefined();
    expect(frontend.env).toHaveLength(5);
  });

  it('adds the kai-scheduler subgroup label when the pods resolve to kai-scheduler', () => {
    const kai = expandPodCliqueSet(model, { defaultScheduler: 'kai-scheduler' });
    expect(kai.pods.at(3).labels['kai.scheduler/subgroup-name']).toBe('mn-disagg-0-prefill-0-pworker');
    expect(seed.pods.at(3).labels['kai.scheduler/subgroup-name']).toBeUndefined();
  });

  it('has no startup order under the default AnyOrder', () => {
    for (const pod of all(seed.pods)) {
      expect(pod.startsAfter).toEqual([]);
      expect(pod.initContainerArgs).toEqual([]);
    }
  });

  it('is the same expansion for the same seed, and other suffixes for another seed', () => {
    const again = expandPodCliqueSet(model);
    expect(all(again.pods)).toEqual(all(seed.pods));
    const other = expandPodCliqueSet(model, { suffixSeed: 7 });
    expect(all(other.pods).map((p) => p.name)).not.toEqual(all(seed.pods).map((p) => p.name));
    expect(all(other.pods).map((p) => p.hostname)).toEqual(all(seed.pods).map((p) => p.hostname));
  });
});
