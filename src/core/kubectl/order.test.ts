import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultAndRead } from '../check/check';
import { expandPodCliqueSet } from '../expand';
import type { LazyList } from '../expand/types';
import { parseManifest } from '../parse/parse';
import { yaml } from '../test-support/dedent';
import { compareNames } from './sorted';
import { kubectlTables } from './views';
import type { KubectlTable } from './table';

/** Names chosen to collide: prefixes of one another, digits after hyphens, like `<group>-<j>-<clique>`. */
const NAMES = ['a', 'a-0', 'a-1', 'a-1-b', 'b', 'ab', 'p', 'p-0-x', 'x', 'x-y', 'w2'];

interface Shape {
  replicas: number;
  cliques: { name: string; replicas: number }[];
  groups: { name: string; replicas: number; minAvailable: number; members: string[] }[];
}

const shape: fc.Arbitrary<Shape> = fc
  .record({
    replicas: fc.integer({ min: 1, max: 12 }),
    cliques: fc.uniqueArray(fc.constantFrom(...NAMES), { minLength: 1, maxLength: 5 }),
    counts: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 5, maxLength: 5 }),
    groupNames: fc.uniqueArray(fc.constantFrom(...NAMES), { maxLength: 2 }),
    groupOf: fc.array(fc.integer({ min: -1, max: 1 }), { minLength: 5, maxLength: 5 }),
    groupReplicas: fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 2, maxLength: 2 }),
  })
  .map((r) => ({
    replicas: r.replicas,
    cliques: r.cliques.map((name, c) => ({ name, replicas: r.counts[c]! })),
    groups: r.groupNames.map((name, g) => ({
      name,
      replicas: r.groupReplicas[g]!,
      minAvailable: 1,
      members: r.cliques.filter((_, c) => r.groupOf[c] === g),
    })),
  }))
  .filter((s) => s.groups.every((g) => g.members.length > 0));

function manifest(s: Shape): string {
  const cliques = s.cliques
    .map(
      (c) => `
        - name: ${c.name}
          spec:
            roleName: ${c.name}
            replicas: ${c.replicas}
            podSpec: { containers: [{ name: main, image: busybox }] }`,
    )
    .join('');
  const groups = s.groups
    .map(
      (g) =>
        `\n        - { name: ${g.name}, replicas: ${g.replicas}, cliqueNames: [${g.members.join(', ')}] }`,
    )
    .join('');
  return yaml`
    apiVersion: grove.io/v1alpha1
    kind: PodCliqueSet
    metadata: { name: t }
    spec:
      replicas: ${s.replicas}
      template:
        cliques:${cliques}
        podCliqueScalingGroups:${groups || ' []'}
  `;
}

const names = (t: KubectlTable) => t.rows(0, t.count).map((r) => r[0]!);
const expected = (list: LazyList<{ name: string }>) =>
  list
    .slice(0, list.count)
    .map((r) => r.name)
    .sort(compareNames);

describe('rows in kubectl order', () => {
  it('sorts every view by name, listing each object once, whatever the names', () => {
    fc.assert(
      fc.property(shape, (s) => {
        const model = defaultAndRead(parseManifest(manifest(s)).documents[0]!.value).model;
        const expansion = expandPodCliqueSet(model, { suffixSeed: 7 });
        const tables = kubectlTables(model, expansion, { suffixSeed: 7 });
        expect(names(tables.pods)).toEqual(expected(expansion.pods));
        expect(names(tables.podCliques)).toEqual(expected(expansion.podCliques));
        expect(names(tables.scalingGroups)).toEqual(expected(expansion.podCliqueScalingGroups));
        expect(names(tables.podGangs)).toEqual(expected(expansion.podGangs));
        expect(tables.pods.approximations).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('sorts the pods of a large PodClique by suffix', () => {
    const s: Shape = { replicas: 2, cliques: [{ name: 'w', replicas: 3000 }], groups: [] };
    const model = defaultAndRead(parseManifest(manifest(s)).documents[0]!.value).model;
    const expansion = expandPodCliqueSet(model, { suffixSeed: 3 });
    expect(names(kubectlTables(model, expansion, { suffixSeed: 3 }).pods)).toEqual(expected(expansion.pods));
  });
});
