import { describe, expect, it } from 'vitest';
import { defaultAndRead } from '../check/check';
import { expandPodCliqueSet } from '../expand';
import { parseManifest } from '../parse/parse';
import { yaml } from '../test-support/dedent';
import { seedText } from '../test-support/samples';
import { anatomy } from './anatomy';
import { decodeName, type DecodeResult, type NameReading } from './decode';

function modelOf(text: string) {
  return defaultAndRead(parseManifest(text).documents[0]!.value).model;
}
const seed = modelOf(seedText);

function found(result: DecodeResult): NameReading {
  if (result.status !== 'found') throw new Error(`expected found, got ${JSON.stringify(result)}`);
  return result.reading;
}
function reasons(result: DecodeResult): readonly string[] {
  if (result.status !== 'not-found') throw new Error(`expected not-found, got ${result.status}`);
  return result.reasons;
}

describe('decodeName on the seed', () => {
  it('finds a pod from a log line: clique, scaling group and replica, suffix, PodClique, gang', () => {
    const r = found(decodeName(seed, 'mn-disagg-0-prefill-1-pworker-x7k2q'));
    expect(r).toMatchObject({
      kinds: ['pod'],
      pcsReplica: 0,
      scalingGroup: 'prefill',
      scalingGroupReplica: 1,
      clique: 'pworker',
      podIndex: null,
      suffix: 'x7k2q',
      podClique: 'mn-disagg-0-prefill-1-pworker',
      podGang: 'mn-disagg-0-prefill-0',
      problems: [],
    });
    expect(r.anatomy.parts.map((p) => p.text)).toEqual([
      'mn-disagg',
      '-',
      '0',
      '-',
      'prefill',
      '-',
      '1',
      '-',
      'pworker',
      '-',
      'x7k2q',
    ]);
  });

  it('decodes every name the expansion generates back to its object', () => {
    const e = expandPodCliqueSet(seed);
    for (const pod of e.pods.slice(0, 13)) {
      for (const [name, kind] of [
        [pod.name, 'pod'],
        [pod.hostname, 'hostname'],
        [pod.fqdn, 'fqdn'],
      ] as const) {
        const r = found(decodeName(seed, name));
        expect(r.kinds, name).toEqual([kind]);
        expect([r.podClique, r.clique, r.scalingGroupReplica, r.podGang]).toEqual([
          pod.podClique,
          pod.template,
          pod.scalingGroupReplica,
          pod.podGang,
        ]);
        if (kind !== 'pod') expect(r.podIndex).toBe(pod.index);
      }
    }
    for (const p of e.podCliques.slice(0, 7))
      expect(found(decodeName(seed, p.name)).kinds).toEqual(['podClique']);
    for (const g of e.podCliqueScalingGroups.slice(0, 2))
      expect(found(decodeName(seed, g.name)).kinds).toEqual(['scalingGroup']);
    expect(found(decodeName(seed, 'mn-disagg-0')).kinds).toEqual(['podGang', 'service']);
    expect(found(decodeName(seed, 'mn-disagg-0-prefill-0'))).toMatchObject({
      kinds: ['podGang'],
      scalingGroup: 'prefill',
      scalingGroupReplica: 1,
    });
    expect(found(decodeName(seed, 'mn-disagg-0.default.svc.cluster.local')).kinds).toEqual([
      'serviceAddress',
    ]);
  });

  it('accepts kubectl-style prefixes, short DNS forms and surrounding space', () => {
    expect(found(decodeName(seed, '  pod/mn-disagg-0-frontend-zgmjx\n')).clique).toBe('frontend');
    expect(found(decodeName(seed, 'pclq/mn-disagg-0-frontend')).kinds).toEqual(['podClique']);
    expect(found(decodeName(seed, 'mn-disagg-0-frontend-1.mn-disagg-0')).kinds).toEqual(['fqdn']);
    expect(
      found(decodeName(seed, 'mn-disagg-0-frontend-1.mn-disagg-0.default.svc.cluster.local.')).podIndex,
    ).toBe(1);
    expect(reasons(decodeName(seed, 'pod/mn-disagg-0-frontend'))).toContain('"pod/" asks for a pod name');
  });

  it.each([
    ['other-0-frontend-0', `"other-0-frontend-0" does not start with this PodCliqueSet's name "mn-disagg-"`],
    ['mn-disagg-3-frontend-0', 'PCS replica 3 is out of range: spec.replicas is 1 (0..0)'],
    [
      'mn-disagg-0-prefill-2-pworker',
      'scaling-group replica 2 is out of range: replicas of scaling group "prefill" is 2 (0..1)',
    ],
    ['mn-disagg-0-frontend-5', 'pod index 5 is out of range: replicas of clique "frontend" is 2 (0..1)'],
    [
      'mn-disagg-0-decode-0',
      'scaled PodGang 0 is out of range: replicas - minAvailable of scaling group "decode" is 0: there is none',
    ],
    [
      'mn-disagg-0-backend-0',
      '"backend-0" after "mn-disagg-0-" does not start with a clique (frontend, pleader, pworker, dleader, dworker) or scaling group (prefill, decode) of this manifest',
    ],
    [
      'mn-disagg-0-prefill-0-frontend',
      'clique "frontend" is not in scaling group "prefill" (its cliques: pleader, pworker)',
    ],
    [
      'mn-disagg-0-pleader',
      'clique "pleader" belongs to scaling group "prefill": its PodCliques are named mn-disagg-<i>-prefill-<j>-pleader',
    ],
    [
      'mn-disagg-0-frontend-abcde',
      `"a", "e" are not in Kubernetes' suffix alphabet (bcdfghjklmnpqrstvwxz2456789: no vowels, no 0, 1 or 3)`,
    ],
    ['mn-disagg-0-frontend-zgmjxx', 'the suffix "zgmjxx" has 6 characters; the API server appends 5'],
    ['mn-disagg-01-frontend', 'index "01" has a leading zero; Grove writes indices without one'],
    ['mn-disagg-', 'expected a PCS replica index after "mn-disagg-", found nothing'],
    [
      'mn-disagg-0-frontend-0.mn-disagg-0.prod.svc.cluster.local',
      'namespace "prod" is not this PodCliqueSet\'s namespace "default"',
    ],
    ['mn-disagg-0-frontend-0.mn-disagg-1', 'PCS replica 1 is out of range: spec.replicas is 1 (0..0)'],
    ['MN-DISAGG-0-frontend', 'Kubernetes names are lower case; this one has capital letters'],
    ['', 'the name is empty'],
  ])('explains why %s cannot come from this manifest', (name, reason) => {
    expect(reasons(decodeName(seed, name))).toContain(reason);
  });

  it('says when an autoscaler could create a pod index beyond the current replicas', () => {
    const scaled = seedText.replace(
      '        replicas: 2\n',
      '        replicas: 2\n        autoScalingConfig: { maxReplicas: 8 }\n',
    );
    expect(reasons(decodeName(modelOf(scaled), 'mn-disagg-0-frontend-5'))).toEqual([
      'pod index 5 is out of range: replicas of clique "frontend" is 2 (0..1); an autoscaler may add it (maxReplicas 8)',
    ]);
    expect(found(decodeName(modelOf(scaled), 'mn-disagg-0-frontend')).kinds).toEqual(['podClique', 'hpa']);
  });

  it('prefers the pod reading when an all-digit suffix is out of range as a pod index', () => {
    expect(found(decodeName(seed, 'mn-disagg-0-frontend-22222')).kinds).toEqual(['pod']);
  });
});

describe('decodeName on names that parse more than one way (REFERENCE (h)5)', () => {
  const text = yaml`
    apiVersion: grove.io/v1alpha1
    kind: PodCliqueSet
    metadata:
      name: p
    spec:
      replicas: 1
      template:
        cliques:
          - name: sg-0-w
            spec:
              roleName: a
              replicas: 1
              podSpec:
                containers: [{ name: c, image: busybox }]
          - name: w
            spec:
              roleName: b
              replicas: 1
              podSpec:
                containers: [{ name: c, image: busybox }]
        podCliqueScalingGroups:
          - name: sg
            cliqueNames: [w]
            replicas: 1
  `;
  const model = modelOf(text);

  it('reports every reading of an ambiguous name', () => {
    const result = decodeName(model, 'p-0-sg-0-w');
    expect(result.status).toBe('ambiguous');
    if (result.status !== 'ambiguous') return;
    expect(result.readings.map((r) => [r.clique, r.scalingGroup, r.podClique])).toEqual([
      ['sg-0-w', null, 'p-0-sg-0-w'],
      ['w', 'sg', 'p-0-sg-0-w'],
    ]);
    expect(result.readings[0]!.anatomy.parts.map((p) => p.role)).toEqual([
      'pcs',
      'separator',
      'pcsIndex',
      'separator',
      'clique',
    ]);
  });

  it('reads hyphenated names whole', () => {
    const mm = modelOf(
      text
        .replace('name: p\n', 'name: mm-serve\n')
        .replace(/sg-0-w/g, 'vision-encoder')
        .replace(/\bsg\b/g, 'enc-pool'),
    );
    const r = found(decodeName(mm, 'mm-serve-0-vision-encoder-0.mm-serve-0.default.svc.cluster.local'));
    expect(r).toMatchObject({ clique: 'vision-encoder', podIndex: 0, scalingGroup: null, kinds: ['fqdn'] });
    expect(r.anatomy.parts.filter((p) => p.role !== 'separator').map((p) => p.text)).toEqual([
      'mm-serve',
      '0',
      'vision-encoder',
      '0',
      'mm-serve',
      '0',
      'default',
      'svc.cluster.local',
    ]);
  });
});

describe('decodeName on pod names cut at 58 characters', () => {
  const long = yaml`
    apiVersion: grove.io/v1alpha1
    kind: PodCliqueSet
    metadata:
      name: pppppppppppppppppppp
    spec:
      replicas: 1234568
      template:
        cliques:
          - name: ccccccccccccccc
            spec:
              roleName: c
              replicas: 1
              podSpec:
                containers: [{ name: c, image: busybox }]
        podCliqueScalingGroups:
          - name: gggggggggg
            cliqueNames: [ccccccccccccccc]
            replicas: 12346
  `;
  it('finds the PodClique from the 58 characters the API server kept', () => {
    const name = anatomy('pod', {
      pcs: 'pppppppppppppppppppp',
      pcsReplica: 1234567,
      scalingGroup: 'gggggggggg',
      scalingGroupReplica: 12345,
      clique: 'ccccccccccccccc',
      suffix: 'bcdfg',
    }).name;
    const r = found(decodeName(modelOf(long), name));
    expect(r).toMatchObject({
      kinds: ['pod'],
      truncated: true,
      pcsReplica: 1234567,
      scalingGroupReplica: 12345,
      clique: 'ccccccccccccccc',
      suffix: 'bcdfg',
    });
    expect(r.anatomy.parts.find((p) => p.role === 'clique')).toMatchObject({
      text: 'cccccccccccc',
      truncated: true,
    });
  });
});
