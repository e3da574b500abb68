import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FlatTree, type NodePath, type TreeShape } from './flatten';

/** A small explicit tree: each node is the list of its children. */
interface Node {
  readonly children: readonly Node[];
}

/** Trees of at most `depth` levels, up to 4 children per node. */
function treeOf(depth: number): fc.Arbitrary<Node> {
  if (depth === 0) return fc.constant({ children: [] });
  return fc.record({ children: fc.array(treeOf(depth - 1), { maxLength: 4 }) });
}

const tree = treeOf(4);

function nodeAt(root: Node, path: NodePath): Node | undefined {
  let node: Node | undefined = root;
  for (const p of path) node = node?.children[Number(p)];
  return node;
}

function shapeOf(root: Node): TreeShape {
  return { childCount: (path) => BigInt(nodeAt(root, path)?.children.length ?? 0) };
}

function allPaths(root: Node, prefix: bigint[] = []): bigint[][] {
  return root.children.flatMap((child, i) => {
    const path = [...prefix, BigInt(i)];
    return [path, ...allPaths(child, path)];
  });
}

/** The reference: walk every visible node, depth first. */
function enumerate(root: Node, expanded: ReadonlySet<string>, prefix: bigint[] = []): bigint[][] {
  return root.children.flatMap((child, i) => {
    const path = [...prefix, BigInt(i)];
    return expanded.has(path.join('.')) ? [path, ...enumerate(child, expanded, path)] : [path];
  });
}

const treeAndExpanded = tree.chain((root) => {
  const paths = allPaths(root);
  return fc.tuple(fc.constant(root), fc.subarray(paths), fc.array(fc.array(fc.bigInt(-1n, 5n))));
});

describe('FlatTree', () => {
  it('row at every index, the count and indexOf match a full enumeration', () => {
    fc.assert(
      fc.property(treeAndExpanded, ([root, expandedPaths, junk]) => {
        // Junk paths that happen to exist count as expanded too; the others are ignored.
        const keys = new Set([...expandedPaths, ...junk].map((p) => p.join('.')));
        const flat = new FlatTree(shapeOf(root), [...expandedPaths, ...junk]);
        const rows = enumerate(root, keys);
        expect(flat.count).toBe(BigInt(rows.length));
        rows.forEach((path, i) => {
          const row = flat.at(BigInt(i));
          expect(row.path).toEqual(path);
          expect(row.depth).toBe(path.length - 1);
          expect(flat.indexOf(path)).toBe(BigInt(i));
        });
        const shown = new Set(rows.map((p) => p.join('.')));
        for (const path of allPaths(root))
          if (!shown.has(path.join('.'))) expect(flat.indexOf(path)).toBeNull();
      }),
      { numRuns: 300 },
    );
  });

  it('slices a window equal to rows one by one, clamped to the rows', () => {
    const root: Node = { children: [{ children: [{ children: [] }, { children: [] }] }, { children: [] }] };
    const flat = new FlatTree(shapeOf(root), [[0n]]);
    expect(flat.slice(-5n, 99n).map((r) => r.path)).toEqual([[0n], [0n, 0n], [0n, 1n], [1n]]);
    expect(() => flat.at(4n)).toThrow(RangeError);
  });

  it('keeps an expanded node below a collapsed one for when its ancestor opens', () => {
    const root: Node = { children: [{ children: [{ children: [{ children: [] }] }] }] };
    const inner = new FlatTree(shapeOf(root), [[0n, 0n]]);
    expect(inner.count).toBe(1n);
    expect(inner.isExpanded([0n, 0n])).toBe(true);
    expect(new FlatTree(shapeOf(root), [[0n, 0n], [0n]]).count).toBe(3n);
  });

  it('reaches the last of a billion children without listing them', () => {
    const huge: TreeShape = {
      childCount: (path) => (path.length === 0 ? 3n : path.length === 1 && path[0] === 1n ? 10n ** 9n : 0n),
    };
    const flat = new FlatTree(huge, [[1n]]);
    expect(flat.count).toBe(3n + 10n ** 9n);
    expect(flat.at(10n ** 9n + 1n)).toEqual({ path: [1n, 10n ** 9n - 1n], depth: 1 });
    expect(flat.at(10n ** 9n + 2n)).toEqual({ path: [2n], depth: 0 });
    expect(flat.indexOf([1n, 5n])).toBe(7n);
  });
});
