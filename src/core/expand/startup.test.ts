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
function startsAfter(text: string): Record<string, readonly string[]> {
  return Object.fromEntries(all(expand(text).podCliques).map((p) => [p.name, p.startsAfter]));
}

/** pc-a standalone; pc-b and pc-c in `sg` (replicas 3, minAvailable 2). */
function manifest(startup: string, explicit: { b?: string[]; c?: string[] } = {}) {
  const after = (names: string[] = []) => `[${names.join(', ')}]`;
  return yaml`
    apiVersion: grove.io/v1alpha1
    kind: PodCliqueSet
    metadata:
      name: p
    spec:
      replicas: 1
      template:
        cliqueStartupType: ${startup}
        cliques:
          - name: pc-a
            spec:
              roleName: a
              replicas: 2
              podSpec:
                containers: [{ name: c, image: busybox }]
          - name: pc-b
            spec:
              roleName: b
              replicas: 4
              minAvailable: 3
              startsAfter: ${after(explicit.b)}
              podSpec:
                containers: [{ name: c, image: busybox }]
          - name: pc-c
            spec:
              roleName: c
              replicas: 1
              startsAfter: ${after(explicit.c)}
              podSpec:
                containers: [{ name: c, image: busybox }]
        podCliqueScalingGroups:
          - name: sg
            cliqueNames: [pc-b, pc-c]
            replicas: 3
            minAvailable: 2
  `;
}

describe('startup order (REFERENCE (g))', () => {
  it('AnyOrder ignores startsAfter', () => {
    const result = startsAfter(manifest('CliqueStartupTypeAnyOrder', { c: ['pc-a'] }));
    expect(Object.values(result).every((list) => list.length === 0)).toBe(true);
  });

  it('InOrder waits for the previous clique; base replicas wait for the parent in every base replica', () => {
    expect(startsAfter(manifest('CliqueStartupTypeInOrder'))).toEqual({
      'p-0-pc-a': [],
      'p-0-sg-0-pc-b': ['p-0-pc-a'],
      'p-0-sg-0-pc-c': ['p-0-sg-0-pc-b', 'p-0-sg-1-pc-b'],
      'p-0-sg-1-pc-b': ['p-0-pc-a'],
      'p-0-sg-1-pc-c': ['p-0-sg-0-pc-b', 'p-0-sg-1-pc-b'],
      // A scaled replica keeps parents of its own group, in its own replica, and drops the others.
      'p-0-sg-2-pc-b': [],
      'p-0-sg-2-pc-c': ['p-0-sg-2-pc-b'],
    });
  });

  it('Explicit waits for the named cliques, in startsAfter order', () => {
    expect(startsAfter(manifest('CliqueStartupTypeExplicit', { b: ['pc-a'], c: ['pc-a', 'pc-b'] }))).toEqual({
      'p-0-pc-a': [],
      'p-0-sg-0-pc-b': ['p-0-pc-a'],
      'p-0-sg-0-pc-c': ['p-0-pc-a', 'p-0-sg-0-pc-b', 'p-0-sg-1-pc-b'],
      'p-0-sg-1-pc-b': ['p-0-pc-a'],
      'p-0-sg-1-pc-c': ['p-0-pc-a', 'p-0-sg-0-pc-b', 'p-0-sg-1-pc-b'],
      'p-0-sg-2-pc-b': [],
      'p-0-sg-2-pc-c': ['p-0-sg-2-pc-b'],
    });
  });

  it("gives the pods a grove-initc argument per parent with the parent's minAvailable", () => {
    const pods = all(expand(manifest('CliqueStartupTypeInOrder')).pods);
    const c0 = pods.find((p) => p.hostname === 'p-0-sg-0-pc-c-0')!;
    expect(c0.initContainerArgs).toEqual(['--podcliques=p-0-sg-0-pc-b:3', '--podcliques=p-0-sg-1-pc-b:3']);
    expect(c0.startsAfter).toEqual([
      { podClique: 'p-0-sg-0-pc-b', minAvailable: 3 },
      { podClique: 'p-0-sg-1-pc-b', minAvailable: 3 },
    ]);
    const b0 = pods.find((p) => p.hostname === 'p-0-sg-0-pc-b-3')!;
    expect(b0.initContainerArgs).toEqual(['--podcliques=p-0-pc-a:2']);
    expect(pods.find((p) => p.hostname === 'p-0-pc-a-1')!.initContainerArgs).toEqual([]);
  });

  it("rewrites Grove's explicit sample (simple2) to FQNs", () => {
    const result = startsAfter(sample('simple2-explicit-startup-order.yaml'));
    expect(result['simple2-0-pcd']).toEqual(['simple2-0-pcb', 'simple2-0-pcc']);
    expect(result['simple2-0-pca']).toEqual([]);
  });

  it("reproduces Grove's suffix lookup (REFERENCE (h)4): `worker` listed first builds `pworker`", () => {
    const text = yaml`
      apiVersion: grove.io/v1alpha1
      kind: PodCliqueSet
      metadata:
        name: x
      spec:
        replicas: 1
        template:
          cliqueStartupType: CliqueStartupTypeExplicit
          cliques:
            - name: worker
              spec:
                roleName: w
                replicas: 1
                podSpec:
                  containers: [{ name: c, image: busybox }]
            - name: pworker
              spec:
                roleName: pw
                replicas: 4
                minAvailable: 3
                podSpec:
                  containers: [{ name: c, image: busybox }]
            - name: late
              spec:
                roleName: l
                replicas: 1
                startsAfter: [pworker]
                podSpec:
                  containers: [{ name: c, image: busybox }]
    `;
    const e = expand(text);
    const pworker = all(e.podCliques).find((p) => p.template === 'pworker')!;
    expect(pworker.specTemplate).toBe('worker');
    expect(pworker.replicas).toBe(1);
    // The init container reads the parent's minAvailable from `worker` (1), not `pworker` (3).
    expect(all(e.pods).find((p) => p.template === 'late')!.initContainerArgs).toEqual([
      '--podcliques=x-0-pworker:1',
    ]);
  });
});
