import type { Count } from '../../core/expand/types';
import { defaultExpanded } from '../../core/tree/default-expanded';
import { PodTree, type TreeRowView } from '../../core/tree/rows';
import { activeParts } from './active';
import { queryName, type Query } from './types';

/** Most rows of the pod tree one window may ask for. */
export const MAX_TREE_WINDOW = 500;

export interface TreeWindowArgs {
  /**
   * Keys of the expanded nodes (`core/tree/grove-tree.ts`); null for the default opening of the design
   * (`defaultExpanded`), which follows its names as they are typed.
   */
  readonly expanded: readonly string[] | null;
  readonly start: Count;
  readonly end: Count;
  /** A node key whose row the answer should include (`rowOf`), for scrolling to it. */
  readonly find?: string;
}

export interface TreeWindow {
  readonly count: Count;
  readonly start: Count;
  readonly rows: readonly TreeRowView[];
  /** The row of `find`, null when it is hidden or gone. */
  readonly rowOf: Count | null;
}

export const treeWindowQuery = queryName<TreeWindowArgs, TreeWindow>('treeWindow');

/** A window of the pod tree for a set of expanded nodes. */
export const treeWindow: Query<TreeWindowArgs, TreeWindow> = (session, args) => {
  const parts = activeParts(session);
  if (!parts) return { count: 0, start: args.start, rows: [], rowOf: null };
  const tree = new PodTree(parts, args.expanded ?? defaultExpanded(parts.model));
  const from = BigInt(args.start);
  const limit = from + BigInt(MAX_TREE_WINDOW);
  const to = BigInt(args.end) > limit ? limit : BigInt(args.end);
  return {
    count: tree.count,
    start: args.start,
    rows: tree.rows(from, to),
    rowOf: args.find === undefined ? null : tree.rowOf(args.find),
  };
};
