import { describe, expect, it } from 'vitest';
import { defaultAndRead } from '../check/check';
import { expandPodCliqueSet } from '../expand';
import { parseManifest } from '../parse/parse';
import { yaml } from '../test-support/dedent';
import { seedText } from '../test-support/samples';
import { anatomy, type NameAnatomy } from './anatomy';
import {
  hpaAnatomy,
  podAnatomy,
  podCliqueAnatomy,
  podGangAnatomy,
  scalingGroupAnatomy,
  serviceAnatomy,
} from './anatomy-of';

function modelOf(text: string) {
  return defaultAndRead(parseManifest(text).documents[0]!.value).model;
}
const show = (a: NameAnatomy) => a.parts.map((p) => `${p.role}:${p.text}`);

/** Hyphens inside every name: the PCS, a scaling group and a clique. */
const multimodal = yaml`
  apiVersion: grove.io/v1alpha1
  kind: PodCliqueSet
  metadata:
    name: mm-serve
    namespace: ml-team
  spec:
    replicas: 2
    template:
      cliques:
        - name: vision-encoder
          spec:
            roleName: v
            replicas: 2
            podSpec:
              containers: [{ name: c, image: busybox }]
        - name: text-decoder
          spec:
            roleName: t
            replicas: 1
            autoScalingConfig: { maxReplicas: 4 }
            podSpec:
              containers: [{ name: c, image: busybox }]
      podCliqueScalingGroups:
        - name: enc-pool
          cliqueNames: [vision-encoder]
          replicas: 3
`;

describe('name anatomy', () => {
  const e = expandPodCliqueSet(modelOf(multimodal));

  it('keeps hyphenated names whole: the parts come from the model', () => {
    const pod = e.pods.slice(0, 10).find((p) => p.hostname === 'mm-serve-0-enc-pool-1-vision-encoder-0')!;
    expect(show(podAnatomy(e, pod, 'hostname'))).toEqual([
      'pcs:mm-serve',
      'separator:-',
      'pcsIndex:0',
      'separator:-',
      'scalingGroup:enc-pool',
      'separator:-',
      'scalingGroupIndex:1',
      'separator:-',
      'clique:vision-encoder',
      'separator:-',
      'podIndex:0',
    ]);
    const name = podAnatomy(e, pod);
    expect(name.name).toBe(pod.name);
    expect(name.parts.at(-1)).toMatchObject({
      role: 'suffix',
      text: pod.name.slice(-5),
      end: pod.name.length,
    });
    expect(show(podAnatomy(e, pod, 'fqdn')).slice(-8)).toEqual([
      'separator:.',
      'pcs:mm-serve',
      'separator:-',
      'pcsIndex:0',
      'separator:.',
      'namespace:ml-team',
      'separator:.',
      'domain:svc.cluster.local',
    ]);
  });

  it('spells every generated name of an expansion exactly, with offsets that tile it', () => {
    for (const text of [seedText, multimodal]) {
      const x = expandPodCliqueSet(modelOf(text));
      const checks: [NameAnatomy, string][] = [
        ...x.pods.slice(0, 100).flatMap((p): [NameAnatomy, string][] => [
          [podAnatomy(x, p), p.name],
          [podAnatomy(x, p, 'hostname'), p.hostname],
          [podAnatomy(x, p, 'fqdn'), p.fqdn],
        ]),
        ...x.podCliques.slice(0, 100).map((p): [NameAnatomy, string] => [podCliqueAnatomy(x, p), p.name]),
        ...x.podCliqueScalingGroups
          .slice(0, 100)
          .map((g): [NameAnatomy, string] => [scalingGroupAnatomy(x, g), g.name]),
        ...x.podGangs.slice(0, 100).map((g): [NameAnatomy, string] => [podGangAnatomy(x, g), g.name]),
        ...x.headlessServices.slice(0, 100).map((s): [NameAnatomy, string] => [serviceAnatomy(x, s), s.name]),
        ...x.headlessServices
          .slice(0, 100)
          .map((s): [NameAnatomy, string] => [serviceAnatomy(x, s, 'serviceAddress'), s.fqdn]),
        ...x.hpas.slice(0, 100).map((h): [NameAnatomy, string] => [hpaAnatomy(x, h), h.name]),
      ];
      expect(checks.length).toBeGreaterThan(20);
      for (const [a, name] of checks) {
        expect(a.name).toBe(name);
        a.parts.forEach((p, n) => {
          expect(name.slice(p.start, p.end)).toBe(p.text);
          expect(p.start).toBe(n === 0 ? 0 : a.parts[n - 1]!.end);
        });
      }
    }
  });

  it('marks a scaled PodGang index apart from the scaling-group replica', () => {
    const gang = e.podGangs.slice(0, 10).find((g) => g.kind === 'scaled')!;
    expect(show(podGangAnatomy(e, gang))).toEqual([
      'pcs:mm-serve',
      'separator:-',
      'pcsIndex:0',
      'separator:-',
      'scalingGroup:enc-pool',
      'separator:-',
      'scaledGangIndex:0',
    ]);
  });

  it("cuts a pod name's prefix at 58 characters, as the API server does", () => {
    const a = anatomy('pod', {
      pcs: 'p'.repeat(20),
      pcsReplica: 1234567,
      scalingGroup: 'g'.repeat(10),
      scalingGroupReplica: 12345,
      clique: 'c'.repeat(15),
      suffix: 'bcdfg',
    });
    expect(a.name).toHaveLength(63);
    const clique = a.parts.find((p) => p.role === 'clique')!;
    expect(clique).toMatchObject({ text: 'c'.repeat(12), truncated: true, end: 58 });
    expect(a.parts.at(-1)).toMatchObject({ role: 'suffix', start: 58, text: 'bcdfg' });
  });
});
