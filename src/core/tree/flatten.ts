/**
 * A lazy tree flattened into rows, as a virtualised list shows it: the rows are the visible nodes in
 * depth-first order, and only the expanded nodes are ever looked at. A node is addressed by its path of
 * child positions from the root (`[]` is the root, always expanded and never shown); the row count and
 * the row at an index are arithmetic over the expanded nodes, so a clique of a billion pods costs what
 * a clique of three costs.
 */

export type NodePath = readonly bigint[];

/** How many children each node has. Only asked about the root and expanded nodes (and their ancestors). */
export interface TreeShape {
  childCount(path: NodePath): bigint;
}

export interface FlatRow {
  readonly path: NodePath;
  /** `path.length - 1`: 0 for the root's children. */
  readonly depth: number;
}

interface Branch {
  readonly position: bigint;
  expanded: boolean;
  /** Branches below this one, any order while building, by position once built. */
  children: Branch[];
  /** Children that add rows (expanded, with their own rows), by position. */
  open: Branch[];
  byPosition: Map<bigint, Branch>;
  /** Rows below this node: 0 when collapsed, else its children and what they add. */
  extra: bigint;
}

function branch(position: bigint): Branch {
  return { position, expanded: false, children: [], open: [], byPosition: new Map(), extra: 0n };
}

export class FlatTree {
  private readonly root: Branch = branch(-1n);

  /**
   * `expanded`: paths of the expanded nodes. Paths that do not exist in `shape` are ignored; an expanded
   * node below a collapsed one adds no rows but stays expanded for when its ancestor opens.
   */
  constructor(
    private readonly shape: TreeShape,
    expanded: Iterable<NodePath>,
  ) {
    this.root.expanded = true;
    for (const path of expanded) this.insert(path);
    this.measure(this.root, []);
  }

  /** Number of rows. */
  get count(): bigint {
    return this.root.extra;
  }

  private insert(path: NodePath): void {
    let node = this.root;
    const prefix: bigint[] = [];
    for (const position of path) {
      if (position < 0n || position >= this.shape.childCount(prefix)) return;
      prefix.push(position);
      let next = node.byPosition.get(position);
      if (!next) {
        next = branch(position);
        node.byPosition.set(position, next);
        node.children.push(next);
      }
      node = next;
    }
    if (path.length > 0) node.expanded = true;
  }

  private measure(node: Branch, path: bigint[]): void {
    node.children.sort((a, b) => (a.position < b.position ? -1 : a.position > b.position ? 1 : 0));
    if (!node.expanded) return;
    let extra = this.shape.childCount(path);
    for (const child of node.children) {
      path.push(child.position);
      this.measure(child, path);
      path.pop();
      if (child.extra > 0n) {
        node.open.push(child);
        extra += child.extra;
      }
    }
    node.extra = extra;
  }

  /** The row at `index` (0 <= index < count); throws RangeError outside. */
  at(index: bigint): FlatRow {
    if (index < 0n || index >= this.count) throw new RangeError(`No row ${index} of ${this.count}`);
    const path: bigint[] = [];
    let node = this.root;
    let rest = index;
    for (;;) {
      let skipped = 0n;
      let next: Branch | undefined;
      for (const child of node.open) {
        const row = child.position + skipped;
        if (rest < row) break;
        if (rest === row) return { path: [...path, child.position], depth: path.length };
        if (rest <= row + child.extra) {
          next = child;
          rest -= row + 1n;
          break;
        }
        skipped += child.extra;
      }
      if (!next) return { path: [...path, rest - skipped], depth: path.length };
      path.push(next.position);
      node = next;
    }
  }

  /** Rows `start` (inclusive) to `end` (exclusive), clamped to the rows. */
  slice(start: bigint, end: bigint): FlatRow[] {
    const from = start < 0n ? 0n : start;
    const to = end > this.count ? this.count : end;
    const rows: FlatRow[] = [];
    for (let i = from; i < to; i++) rows.push(this.at(i));
    return rows;
  }

  /** Whether the node at `path` is expanded (the root always is). */
  isExpanded(path: NodePath): boolean {
    return this.branchAt(path)?.expanded ?? false;
  }

  /**
   * The row of the node at `path`, or null when it does not exist or is hidden inside a collapsed
   * ancestor.
   */
  indexOf(path: NodePath): bigint | null {
    if (path.length === 0) return null;
    let node: Branch | undefined = this.root;
    let index = 0n;
    const prefix: bigint[] = [];
    for (let d = 0; d < path.length; d++) {
      const position = path[d]!;
      if (!node?.expanded || position < 0n || position >= this.shape.childCount(prefix)) return null;
      index += position;
      for (const child of node.open) {
        if (child.position >= position) break;
        index += child.extra;
      }
      if (d === path.length - 1) return index;
      index += 1n;
      prefix.push(position);
      node = node.byPosition.get(position);
    }
    return null;
  }

  private branchAt(path: NodePath): Branch | undefined {
    let node: Branch | undefined = this.root;
    for (const position of path) node = node?.byPosition.get(position);
    return node;
  }
}
