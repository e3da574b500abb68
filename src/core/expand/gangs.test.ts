import { describe, expect, it } from 'vitest';
import { defaultAndRead } from '../check/check';
import { parseManifest } from '../parse/parse';
import { yaml } from '../test-support/dedent';
import { sample } from '../test-support/samples';
import { expandPodCliqueSet } from '.';
import type { LazyList } from './types';

/** The defaulted model Grove's validators and the expansion see. */
function modelOf(text: string) {
  return defaultAndRead(parseManifest(text).documents[0]!.value).model;
}

function expand(text: string) {
  return expandPodCliqueSet(modelOf(text));
}
const all = <T>(list: LazyList<T>) => list.slice(0, list.count);

/** Grove's `TestComputeExpectedPodGangs/PCS with mixed standalone PCLQ and PCSG` (REFERENCE (f)). */
const mixed = yaml`
  apiVersion: grove.io/v1alpha1
  kind: PodCliqueSet
  metadata:
    name: test-pcs
  spec:
    replicas: 1
    template:
      cliques:
        - name: standalone
          spec:
            roleName: standalone
            replicas: 2
            minAvailable: 1
            podSpec:
              containers: [{ name: c, image: busybox }]
        - name: scalable
          spec:
            roleName: scalable
            replicas: 3
            minAvailable: 2
            podSpec:
              containers: [{ name: c, image: busybox }]
      podCliqueScalingGroups:
        - name: sg
          cliqueNames: [scalable]
          replicas: 4
          minAvailable: 2
`;

describe('PodGangs', () => {
  it("reproduce Grove's worked example: base gang with replicas below minAvailable, one scaled gang each above", () => {
    const gangs = all(expand(mixed).podGangs).map((g) => ({
      name: g.name,
      kind: g.kind,
      replica: g.scalingGroupReplica,
      groups: all(g.podGroups).map((p) => `${p.podClique} -> ${p.minReplicas}`),
    }));
    expect(gangs).toEqual([
      {
        name: 'test-pcs-0',
        kind: 'base',
        replica: null,
        groups: [
          'test-pcs-0-standalone -> 1',
          'test-pcs-0-sg-0-scalable -> 2',
          'test-pcs-0-sg-1-scalable -> 2',
        ],
      },
      { name: 'test-pcs-0-sg-0', kind: 'scaled', replica: 2, groups: ['test-pcs-0-sg-2-scalable -> 2'] },
      { name: 'test-pcs-0-sg-1', kind: 'scaled', replica: 3, groups: ['test-pcs-0-sg-3-scalable -> 2'] },
    ]);
  });

  it('count the pods of each gang', () => {
    const gangs = all(expand(mixed).podGangs);
    expect(gangs.map((g) => g.pods)).toEqual([2 + 3 + 3, 3, 3]);
    expect(gangs.map((g) => g.scaledIndex)).toEqual([null, 0, 1]);
  });

  it("follow namegen's example: with minAvailable 3, replica 1 is base, 3 is sga-0, 4 is sga-1", () => {
    const text = yaml`
      apiVersion: grove.io/v1alpha1
      kind: PodCliqueSet
      metadata:
        name: simple1
      spec:
        replicas: 1
        template:
          cliques:
            - name: pcb
              spec:
                roleName: pcb
                replicas: 1
                podSpec:
                  containers: [{ name: c, image: busybox }]
          podCliqueScalingGroups:
            - name: sga
              cliqueNames: [pcb]
              replicas: 5
              minAvailable: 3
    `;
    const byReplica = new Map(all(expand(text).podCliques).map((p) => [p.scalingGroupReplica, p.podGang]));
    expect(byReplica.get(1)).toBe('simple1-0');
    expect(byReplica.get(3)).toBe('simple1-0-sga-0');
    expect(byReplica.get(4)).toBe('simple1-0-sga-1');
  });

  it('carry the template priorityClassName', () => {
    const text = mixed.replace(/^( +)cliques:/m, '$1priorityClassName: high\n$1cliques:');
    expect(all(expand(text).podGangs).map((g) => g.priorityClassName)).toEqual(['high', 'high', 'high']);
    expect(expand(mixed).podGangs.at(0).priorityClassName).toBeUndefined();
  });
});

describe('HPAs', () => {
  it('target each autoscaled clique and scaling group of every replica (simple1)', () => {
    const text = sample('simple1.yaml').replace('  replicas: 1\n', '  replicas: 2\n');
    expect(all(expand(text).hpas)).toEqual([
      {
        name: 'simple1-0-pca',
        pcsReplica: 0,
        target: { kind: 'PodClique', name: 'simple1-0-pca' },
        template: 'pca',
        minReplicas: 3,
        maxReplicas: 5,
      },
      {
        name: 'simple1-0-sga',
        pcsReplica: 0,
        target: { kind: 'PodCliqueScalingGroup', name: 'simple1-0-sga' },
        template: 'sga',
        minReplicas: 1,
        maxReplicas: 6,
      },
      {
        name: 'simple1-1-pca',
        pcsReplica: 1,
        target: { kind: 'PodClique', name: 'simple1-1-pca' },
        template: 'pca',
        minReplicas: 3,
        maxReplicas: 5,
      },
      {
        name: 'simple1-1-sga',
        pcsReplica: 1,
        target: { kind: 'PodCliqueScalingGroup', name: 'simple1-1-sga' },
        template: 'sga',
        minReplicas: 1,
        maxReplicas: 6,
      },
    ]);
  });
});
