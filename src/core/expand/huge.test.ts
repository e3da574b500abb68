import { describe, expect, it } from 'vitest';
import { defaultAndRead } from '../check/check';
import { parseManifest } from '../parse/parse';
import { yaml } from '../test-support/dedent';
import { seedText } from '../test-support/samples';
import { expandPodCliqueSet } from '.';

function modelOf(text: string) {
  return defaultAndRead(parseManifest(text).documents[0]!.value).model;
}

describe('huge manifests stay lazy and exact', () => {
  const billion = expandPodCliqueSet(
    modelOf(seedText.replace('  replicas: 1\n', '  replicas: 1000000000\n')),
  );

  it('counts a billion PCS replicas of the seed exactly', () => {
    expect(billion.totals).toEqual({
      pcsReplicas: 1e9,
      podCliques: 7e9,
      podCliqueScalingGroups: 2e9,
      podGangs: 2e9,
      headlessServices: 1e9,
      hpas: 0,
      pods: 13e9,
    });
  });

  it('computes the last row of every list from its index', () => {
    const last = billion.pods.at(Number(billion.pods.count) - 1);
    expect(last.hostname).toBe('mn-disagg-999999999-decode-0-dworker-1');
    expect(last.fqdn).toBe(
      'mn-disagg-999999999-decode-0-dworker-1.mn-disagg-999999999.default.svc.cluster.local',
    );
    expect(last.env.find((v) => v.name === 'GROVE_PCS_INDEX')!.value).toBe('999999999');
    expect(billion.podCliques.at(7e9 - 1).name).toBe('mn-disagg-999999999-decode-0-dworker');
    expect(billion.podGangs.at(2e9 - 1).name).toBe('mn-disagg-999999999-prefill-0');
    expect(billion.headlessServices.at(1e9 - 1).fqdn).toBe('mn-disagg-999999999.default.svc.cluster.local');
    const middle = billion.pods.at(13 * 500_000_000 + 7);
    expect(middle.hostname).toBe('mn-disagg-500000000-prefill-1-pworker-0');
    expect(middle.podGang).toBe('mn-disagg-500000000-prefill-0');
  });

  it('slices only the rows asked for', () => {
    const window = billion.pods.slice(13e9 - 3, 13e9 + 100);
    expect(window.map((p) => p.hostname)).toEqual([
      'mn-disagg-999999999-decode-0-dleader-0',
      'mn-disagg-999999999-decode-0-dworker-0',
      'mn-disagg-999999999-decode-0-dworker-1',
    ]);
  });

  it('refuses indices outside the list', () => {
    expect(() => billion.pods.at(13e9)).toThrow(RangeError);
    expect(() => billion.pods.at(-1)).toThrow(RangeError);
    expect(() => billion.pods.at(1.5)).toThrow(RangeError);
    expect(billion.pods.slice(-5, 1).map((p) => p.hostname)).toEqual(['mn-disagg-0-frontend-0']);
  });

  it('hands out counts past 2^53 as exact bigints, and indexes them', () => {
    const max = 2147483647;
    const text = yaml`
      apiVersion: grove.io/v1alpha1
      kind: PodCliqueSet
      metadata:
        name: big
      spec:
        replicas: ${max}
        template:
          cliques:
            - name: a
              spec:
                roleName: a
                replicas: ${max}
                podSpec:
                  containers: [{ name: c, image: busybox }]
            - name: b
              spec:
                roleName: b
                replicas: 3
                podSpec:
                  containers: [{ name: c, image: busybox }]
          podCliqueScalingGroups:
            - name: g
              cliqueNames: [b]
              replicas: ${max}
    `;
    const e = expandPodCliqueSet(modelOf(text));
    const r = BigInt(max);
    expect(e.totals.pods).toBe(r * (r + 3n * r));
    expect(typeof e.totals.pods).toBe('bigint');
    expect(e.totals.podCliques).toBe(r * (1n + r));
    expect(e.totals.podGangs).toBe(r * r);
    const last = e.pods.at((e.totals.pods as bigint) - 1n);
    expect(last.hostname).toBe(`big-${max - 1}-g-${max - 1}-b-2`);
    expect(last.pcsReplica).toBe(max - 1);
    expect(e.pods.at(r * 4n * r - 3n * r - 1n).hostname).toBe(`big-${max - 1}-a-${max - 1}`);
    expect(e.podGangs.at(r * r - 1n).name).toBe(`big-${max - 1}-g-${max - 2}`);
  });

  it('expands models with errors as far as it can', () => {
    const text = yaml`
      apiVersion: grove.io/v1alpha1
      kind: PodCliqueSet
      metadata:
        name: broken
      spec:
        replicas: "three"
        template:
          cliques:
            - spec:
                replicas: 2
            - name: ok
              spec:
                replicas: -1
    `;
    const e = expandPodCliqueSet(modelOf(text));
    expect(e.totals.pods).toBe(0);
    const two = expandPodCliqueSet(modelOf(text.replace('"three"', '2')));
    expect(two.podCliques.slice(0, 10).map((p) => [p.name, p.replicas])).toEqual([
      ['broken-0-ok', 0],
      ['broken-1-ok', 0],
    ]);
    expect(two.totals.pods).toBe(0);
  });
});
