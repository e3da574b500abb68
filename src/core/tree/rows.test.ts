import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultAndRead } from '../check/check';
import { expandPodCliqueSet } from '../expand';
import { readLayout } from '../expand/layout';
import { parseManifest } from '../parse/parse';
import { samples, seedText } from '../test-support/samples';
import { yaml } from '../test-support/dedent';
import { PodTree, type TreeRowView, type TreeSource } from './rows';

function sourceOf(text: string): TreeSource {
  const model = defaultAndRead(parseManifest(text).documents[0]!.value).model;
  return { layout: readLayout(model), expansion: expandPodCliqueSet(model) };
}

const label = (r: TreeRowView) =>
  `${'  '.repeat(r.depth)}${r.kind === 'detail' ? r.line.type : r.kind === 'groupReplica' ? `replica ${r.j}` : r.name.name}`;

/** Expands every node of the given kinds, by walking the rows as a user would. */
function expandAll(source: TreeSource, kinds: readonly TreeRowView['kind'][]): PodTree {
  let keys: string[] = [];
  for (;;) {
    const tree = new PodTree(source, keys);
    const more = tree
      .rows(0n, BigInt(tree.count))
      .filter((r) => r.expandable && !r.expanded && kinds.includes(r.kind))
      .map((r) => r.key);
    if (more.length === 0) return tree;
    keys = [...keys, ...more];
  }
}

const ABOVE_PODS = ['replica', 'scalingGroup', 'groupReplica', 'podClique'] as const;
const EVERYTHING = [...ABOVE_PODS, 'pod'] as const;

describe('the pod tree of the seed', () => {
  const seed = sourceOf(seedText);

  it("shows the guide's hierarchy with every PodClique and pod in place", () => {
    const tree = expandAll(seed, ABOVE_PODS);
    const rows = tree.rows(0n, 100n);
    expect(rows.filter((r) => r.kind !== 'pod').map(label)).toEqual([
      'mn-disagg-0',
      '  mn-disagg-0-frontend',
      '  mn-disagg-0-prefill',
      '    replica 0',
      '      mn-disagg-0-prefill-0-pleader',
      '      mn-disagg-0-prefill-0-pworker',
      '    replica 1',
      '      mn-disagg-0-prefill-1-pleader',
      '      mn-disagg-0-prefill-1-pworker',
      '  mn-disagg-0-decode',
      '    replica 0',
      '      mn-disagg-0-decode-0-dleader',
      '      mn-disagg-0-decode-0-dworker',
    ]);
    // Each PodClique row is followed by its pods, one level deeper.
    const podsAfter = (name: string) => {
      const at = rows.findIndex((r) => r.kind === 'podClique' && r.name.name === name);
      const next = rows.findIndex((r, n) => n > at && r.kind !== 'pod');
      return rows
        .slice(at + 1, next < 0 ? undefined : next)
        .map((r) => [r.depth - rows[at]!.depth, label(r).trim().slice(0, -6)]);
    };
    expect(podsAfter('mn-disagg-0-frontend')).toEqual([
      [1, 'mn-disagg-0-frontend'],
      [1, 'mn-disagg-0-frontend'],
    ]);
    expect(podsAfter('mn-disagg-0-prefill-1-pworker')).toHaveLength(3);
    expect(rows.filter((r) => r.kind === 'pod')).toHaveLength(13);
  });

  it('lists the 13 pods in the order and with the names of the expansion', () => {
    const tree = expandAll(seed, ABOVE_PODS);
    const pods = tree.rows(0n, BigInt(tree.count)).filter((r) => r.kind === 'pod');
    const expected = seed.expansion.pods.slice(0, 13);
    expect(pods.map((p) => p.name.name)).toEqual(expected.map((p) => p.name));
    expect(pods.map((p) => p.hostname.name)).toEqual(expected.map((p) => p.hostname));
    expect(pods.map((p) => p.fqdn.name)).toEqual(expected.map((p) => p.fqdn));
    expect(pods.map((p) => p.podGang)).toEqual(expected.map((p) => p.podGang));
  });

  it('puts prefill replica 1 in its own scaled gang and replica 0 in the base gang', () => {
    const tree = expandAll(seed, ['replica', 'scalingGroup']);
    const replicas = tree.rows(0n, BigInt(tree.count)).filter((r) => r.kind === 'groupReplica');
    expect(replicas.map((r) => [r.scalingGroup, r.j, r.gangKind, r.podGang.name])).toEqual([
      ['prefill', 0, 'base', 'mn-disagg-0'],
      ['prefill', 1, 'scaled', 'mn-disagg-0-prefill-0'],
      ['decode', 0, 'base', 'mn-disagg-0'],
    ]);
  });

  it("an expanded pod shows its labels, Grove's environment filled in, and what it waits for", () => {
    const tree = new PodTree(seed, [
      '0',
      '0/g:prefill',
      '0/g:prefill/1',
      '0/g:prefill/1/c:pworker',
      '0/g:prefill/1/c:pworker/2',
    ]);
    const lines = tree.rows(0n, BigInt(tree.count)).flatMap((r) => (r.kind === 'detail' ? [r.line] : []));
    expect(lines[0]).toMatchObject({ type: 'heading', section: 'labels' });
    expect(lines).toContainEqual({
      type: 'label',
      key: 'grove.io/podclique',
      value: 'mn-disagg-0-prefill-1-pworker',
    });
    expect(lines).toContainEqual({ type: 'label', key: 'grove.io/podgang', value: 'mn-disagg-0-prefill-0' });
    expect(lines).toContainEqual(
      expect.objectContaining({
        type: 'env',
        name: 'GROVE_PCLQ_NAME',
        value: 'mn-disagg-0-prefill-1-pworker',
      }),
    );
    expect(lines).toContainEqual(
      expect.objectContaining({
        type: 'env',
        name: 'GROVE_PCLQ_POD_INDEX',
        value: '2',
        source: 'grove-downward-api',
      }),
    );
    expect(lines.at(-1)).toMatchObject({ type: 'text' });
  });

  it('keeps expanded nodes by name when the manifest changes, and drops those that are gone', () => {
    const keys = ['0', '0/g:prefill', '0/g:prefill/1'];
    const before = new PodTree(seed, keys);
    const smaller = sourceOf(seedText.replace(/(cliqueNames: \[pleader, pworker\]\n\s+replicas:) 2/, '$1 1'));
    const after = new PodTree(smaller, keys);
    expect(BigInt(before.count) - BigInt(after.count)).toBe(3n);
    expect(after.rowOf('0/g:prefill/1')).toBeNull();
    // mn-disagg-0, frontend, prefill, replica 0, replica 1, pleader, pworker.
    expect(before.rowOf('0/g:prefill/1/c:pworker')).toBe(6);
  });
});

describe('the pod tree on large manifests', () => {
  const big = sourceOf(yaml`
    apiVersion: grove.io/v1alpha1
    kind: PodCliqueSet
    metadata:
      name: big
    spec:
      replicas: 100000
      template:
        cliques:
        - name: w
          spec:
            replicas: 1000000
            podSpec:
              containers: [{name: w, image: x}]
  `);

  it('reaches the last pod of the last replica without listing the others', () => {
    const tree = new PodTree(big, ['99999', '99999/c:w']);
    // 100,000 replicas, the clique row of the last one, its million pods.
    expect(tree.count).toBe(100000 + 1 + 1000000);
    const [last] = tree.rows(BigInt(tree.count) - 1n, BigInt(tree.count));
    expect(last).toMatchObject({ kind: 'pod', k: 999999 });
    expect(last?.kind === 'pod' && last.hostname.name).toBe('big-99999-w-999999');
  });
});

describe('row at index equals a full enumeration', () => {
  const small = samples.filter((s) => s.text.length < 20000).slice(0, 8);

  it.each(small.map((s) => [s.name, s.text]))('%s', (_name, text) => {
    const source = sourceOf(text);
    const all = expandAll(source, EVERYTHING);
    const everyKey = all.rows(0n, BigInt(all.count)).map((r) => r.key);
    fc.assert(
      fc.property(fc.subarray(everyKey), (keys) => {
        const tree = new PodTree(source, keys);
        const expected = enumerate(all, new Set(keys));
        const rows = tree.rows(0n, BigInt(tree.count));
        expect(rows.map((r) => r.key)).toEqual(expected);
        rows.forEach((r, n) => expect(tree.rowOf(r.key)).toBe(n));
      }),
      { numRuns: 40 },
    );
  });
});

/** Keys visible when `expanded` are open, from the fully expanded tree: a row shows if every ancestor is open. */
function enumerate(all: PodTree, expanded: ReadonlySet<string>): string[] {
  const shown: string[] = [];
  const open: boolean[] = [];
  for (const row of all.rows(0n, BigInt(all.count))) {
    open.length = row.depth;
    if (open.every(Boolean)) shown.push(row.key);
    open.push(expanded.has(row.key));
  }
  return shown;
}
