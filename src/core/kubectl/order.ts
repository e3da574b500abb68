import type { Layout } from '../expand/layout';
import { digits } from '../names/names';
import { byPrefix, inPrefixOrder, type Family, type Sorted } from './sorted';

/** Largest part whose names are sorted outright (a PodClique's pods, a replica whose names interleave); at most 2^17 (order-pods.ts packs positions in 17 bits). */
export const SORT_LIMIT = 100_000;

/** A view's places in kubectl's order, and where (if anywhere) that order is only approximate. */
export interface Ordered<T> {
  readonly sorted: Sorted<T>;
  /** Why the order differs from kubectl's somewhere; empty when it is exact. */
  readonly approximations: readonly string[];
}

/** The longest PodClique name of the layout (largest replica indices, longest clique names). */
export function longestPodCliqueName(layout: Layout): number {
  const i = digits(layout.replicas > 0n ? layout.replicas - 1n : 0n);
  const base = layout.pcs.length + i + 2;
  let longest = Math.max(0, ...layout.standalone.map((s) => base + s.clique.name.length));
  for (const g of layout.groups) {
    const j = digits(Math.max(g.replicas - 1, 0));
    for (const m of g.members)
      longest = Math.max(longest, base + g.name.length + j + m.clique.name.length + 2);
  }
  return longest;
}

export function orderNotes(
  bigCliques: readonly string[],
  replicaMixed: boolean,
  groupsMixed: readonly string[],
  limit: number,
): string[] {
  const notes: string[] = [];
  const n = limit.toLocaleString('en-US');
  if (bigCliques.length > 0)
    notes.push(
      `Pods of ${bigCliques.join(', ')} are listed by pod index: more than ${n} pods are not sorted by name.`,
    );
  if (replicaMixed)
    notes.push(
      `Names of different cliques and groups interleave, and one PodCliqueSet replica has more than ${n} of them: they are listed clique by clique.`,
    );
  if (groupsMixed.length > 0)
    notes.push(
      `Member names of ${groupsMixed.join(', ')} interleave, and a replica has more than ${n} pods: they are listed member by member.`,
    );
  return notes;
}

/**
 * One level of a view (a PCS replica, a scaling-group replica): its families in prefix order when they
 * cannot interleave (and `tangled` is false), else its names sorted outright (`sortAll`, up to
 * `SORT_LIMIT`), else, too large to sort, prefix order after all.
 */
export function arrange<K, T>(
  families: readonly Family<K, T>[],
  size: bigint,
  tangled: boolean,
  sortAll: (key: K) => Sorted<T>,
): (key: K) => Sorted<T> {
  const ordered = tangled ? null : byPrefix(families);
  if (ordered) return ordered;
  return size > BigInt(SORT_LIMIT) ? inPrefixOrder(families) : sortAll;
}
