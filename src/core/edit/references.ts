import { isMap, isScalar } from 'yaml';
import type { Scalar, YAMLMap, YAMLSeq } from 'yaml';
import type { EditContext } from './context';
import { removePair, setPair } from './map-ops';
import { mapAt, seqAt, type PcsNodes } from './pcs-nodes';
import { seq } from './render';
import { scalarString } from './scalar-text';
import { removeItems, replaceScalar } from './seq-ops';

/** One place that names a clique or a scaling group. */
export interface Reference {
  /** The mapping holding the list, and the list's key (`cliqueNames`, `startsAfter`, ...). */
  readonly owner: YAMLMap;
  readonly key: string;
  readonly list: YAMLSeq;
  readonly index: number;
  readonly node: Scalar;
}

export function collectRefs(out: Reference[], owner: YAMLMap | undefined, key: string, name: string): void {
  const list = seqAt(owner, key);
  if (!owner || !list) return;
  list.items.forEach((node, index) => {
    if (isScalar(node) && scalarString(node) === name) out.push({ owner, key, list, index, node });
  });
}

/** The `filter` mappings of a level's resourceSharing entries. */
export function sharingFilters(level: YAMLMap | undefined): YAMLMap[] {
  return (seqAt(level, 'resourceSharing')?.items ?? []).filter(isMap).flatMap((entry) => {
    const filter = mapAt(entry, 'filter');
    return filter ? [filter] : [];
  });
}

/**
 * Every reference to a clique: scaling groups' `cliqueNames`, cliques' `startsAfter` (except in
 * `exceptIn`, the clique itself when it is being removed) and resourceSharing filters.
 */
export function cliqueReferences(nodes: PcsNodes, name: string, exceptIn?: YAMLMap): Reference[] {
  const out: Reference[] = [];
  for (const group of nodes.groupList) {
    collectRefs(out, group.map, 'cliqueNames', name);
    for (const filter of sharingFilters(group.map)) collectRefs(out, filter, 'childCliqueNames', name);
  }
  for (const clique of nodes.cliqueList)
    if (clique.map !== exceptIn) collectRefs(out, mapAt(clique.map, 'spec'), 'startsAfter', name);
  for (const filter of sharingFilters(nodes.template)) collectRefs(out, filter, 'childCliqueNames', name);
  return out;
}

/** Every reference to a scaling group: the PodCliqueSet's resourceSharing filters. */
export function groupReferences(nodes: PcsNodes, name: string): Reference[] {
  const out: Reference[] = [];
  for (const filter of sharingFilters(nodes.template))
    collectRefs(out, filter, 'childScalingGroupNames', name);
  return out;
}

export function renameReferences(ctx: EditContext, refs: readonly Reference[], to: string): void {
  for (const ref of refs) replaceScalar(ctx, ref.node, to);
}

/**
 * Removes referencing entries. An emptied `startsAfter` goes with its key; an emptied `cliqueNames`
 * or filter list stays as `[]` (removing a filter would widen the sharing to every child).
 */
export function removeReferences(ctx: EditContext, refs: readonly Reference[]): void {
  const byList = new Map<YAMLSeq, Reference[]>();
  for (const ref of refs) byList.set(ref.list, [...(byList.get(ref.list) ?? []), ref]);
  for (const [list, group] of byList) {
    const { owner, key } = group[0]!;
    removeItems(
      ctx,
      list,
      group.map((r) => r.index),
      () => (key === 'startsAfter' ? removePair(ctx, owner, key) : setPair(ctx, owner, key, seq([], true))),
    );
  }
}
