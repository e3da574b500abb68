import type { Layout } from '../expand/layout';
import { scaledPodGangName } from '../names/names';
import { arrange, SORT_LIMIT, type Ordered } from './order';
import { podCliqueName, type CliquePlace, type GangPlace, type GroupPlace } from './places';
import {
  byIndexText,
  cache,
  compareNames,
  deferred,
  fromArray,
  prefixFree,
  sortedBy,
  type Sorted,
} from './sorted';

/**
 * PodCliques, scaling groups and PodGangs in kubectl's order, by the same rules as pods (order-pods.ts):
 * PCS replicas in index text order; inside one, families by prefix when no prefix starts another
 * (a standalone PodClique or the base PodGang is a family of one exact name), else sorted outright.
 */

const EXACT = '\u0000';

function tangledNote(kind: string, tangled: boolean): string[] {
  if (!tangled) return [];
  const n = SORT_LIMIT.toLocaleString('en-US');
  return [
    `${kind} names of different cliques and groups interleave, and one replica has more than ${n}: listed group by group.`,
  ];
}

export function podCliqueOrder(layout: Layout): Ordered<CliquePlace> {
  const { pcs } = layout;
  const blocks = cache<Sorted<CliquePlace>>(16);
  const all = (i: bigint): CliquePlace[] => [
    ...layout.standalone.map((slot) => ({ i, group: null, j: 0n, slot })),
    ...layout.groups.flatMap((g) =>
      Array.from({ length: g.replicas }, (_, j) =>
        g.members.map((slot) => ({ i, group: g, j: BigInt(j), slot })),
      ).flat(),
    ),
  ];
  const families = [
    ...layout.standalone.map((slot) => ({
      prefix: slot.clique.name + EXACT,
      size: 1n,
      items: (i: bigint) => fromArray([{ i, group: null, j: 0n, slot }]),
    })),
    ...layout.groups.map((g) => {
      // Members of a group replica differ only by the clique name: the same order in every replica.
      const members = [...g.members].sort((a, b) => compareNames(a.clique.name, b.clique.name));
      const width = BigInt(members.length);
      return {
        prefix: `${g.name}-`,
        size: BigInt(g.replicas) * width,
        items: (i: bigint) =>
          byIndexText(BigInt(g.replicas), width, (j) =>
            fromArray(members.map((slot) => ({ i, group: g, j, slot }))),
          ),
      };
    }),
  ];
  const replica = arrange(families, layout.podCliquesPerReplica, false, (i: bigint) =>
    deferred(layout.podCliquesPerReplica, () =>
      blocks(`${i}`, () => sortedBy(all(i), (p) => podCliqueName(pcs, p))),
    ),
  );
  const tangled = !prefixFree(families.filter((f) => f.size > 0n).map((f) => f.prefix));
  return {
    sorted: byIndexText(layout.replicas, layout.podCliquesPerReplica, replica),
    approximations: tangledNote('PodClique', tangled && layout.podCliquesPerReplica > BigInt(SORT_LIMIT)),
  };
}

export function scalingGroupOrder(layout: Layout): Ordered<GroupPlace> {
  const groups = [...layout.groups].sort((a, b) => compareNames(a.name, b.name));
  return {
    sorted: byIndexText(layout.replicas, BigInt(groups.length), (i) =>
      fromArray(groups.map((group) => ({ i, group }))),
    ),
    approximations: [],
  };
}

export function podGangOrder(layout: Layout): Ordered<GangPlace> {
  const { pcs } = layout;
  const blocks = cache<Sorted<GangPlace>>(16);
  const scaled = layout.groups.filter((g) => g.scaledReplicas > 0);
  const families = [
    // The base gang `<pcs>-<i>` is a prefix of every other gang name of the replica: it comes first.
    { prefix: EXACT, size: 1n, items: (i: bigint) => fromArray([{ i, group: null, s: 0n }]) },
    ...scaled.map((g) => ({
      prefix: `${g.name}-`,
      size: BigInt(g.scaledReplicas),
      items: (i: bigint) => byIndexText(BigInt(g.scaledReplicas), 1n, (s) => fromArray([{ i, group: g, s }])),
    })),
  ];
  const all = (i: bigint): GangPlace[] => [
    { i, group: null, s: 0n },
    ...scaled.flatMap((g) =>
      Array.from({ length: g.scaledReplicas }, (_, s) => ({ i, group: g, s: BigInt(s) })),
    ),
  ];
  const nameOf = (p: GangPlace) => (p.group ? scaledPodGangName(pcs, p.i, p.group.name, p.s) : '');
  const replica = arrange(families, layout.gangsPerReplica, false, (i: bigint) =>
    deferred(layout.gangsPerReplica, () => blocks(`${i}`, () => sortedBy(all(i), nameOf))),
  );
  const tangled = !prefixFree(scaled.map((g) => `${g.name}-`));
  return {
    sorted: byIndexText(layout.replicas, layout.gangsPerReplica, replica),
    approximations: tangledNote('PodGang', tangled && layout.gangsPerReplica > BigInt(SORT_LIMIT)),
  };
}
