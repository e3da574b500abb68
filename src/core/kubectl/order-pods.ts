import type { GroupLayout, Layout, Slot } from '../expand/layout';
import { MAX_GENERATE_NAME_PREFIX, POD_SUFFIX_LENGTH } from '../names/names';
import { arrange, longestPodCliqueName, orderNotes, SORT_LIMIT, type Ordered } from './order';
import { podCliqueName, podName, type PodPlace } from './places';
import { byIndexText, cache, deferred, fromArray, prefixFree, type Sorted } from './sorted';

/**
 * Pods in kubectl's order (by name) without listing them all. A pod's name is `<pclq>-<suffix>`:
 * - PCS replicas come in the text order of their index (`byIndexText`), each replica's pods together;
 * - inside a replica, a standalone clique's pods share the prefix `<clique>-`, a scaling group's
 *   `<group>-`; when no prefix starts another, families never interleave and follow in prefix order;
 *   a group's replicas come in index text order, its members by prefix again;
 * - the pods of one PodClique differ only by their suffix: they are sorted by name (cached).
 * Where a rule does not hold (prefixes that start one another, generateName prefixes cut at 58
 * characters) that part's names are sorted outright. Parts larger than `SORT_LIMIT` are never sorted
 * outright: they keep index or prefix order, and `approximations` says so.
 */

interface GroupReplica {
  readonly i: bigint;
  readonly j: bigint;
}

function podsOf(i: bigint, group: GroupLayout | null, j: bigint, slot: Slot): PodPlace[] {
  return Array.from({ length: slot.pods }, (_, k) => ({ i, group, j, slot, k: BigInt(k) }));
}

function allOfGroupReplica(i: bigint, g: GroupLayout, j: bigint): PodPlace[] {
  return g.members.flatMap((slot) => podsOf(i, g, j, slot));
}

function allOfReplica(layout: Layout, i: bigint): PodPlace[] {
  const out = layout.standalone.flatMap((slot) => podsOf(i, null, 0n, slot));
  for (const g of layout.groups)
    for (let j = 0n; j < BigInt(g.replicas); j++) out.push(...allOfGroupReplica(i, g, j));
  return out;
}

/**
 * The pods of one PodClique share their name up to the suffix, so they sort by suffix alone: five ASCII
 * characters packed with the pod's position into one exactly representable number (5 x 7 bits + 17 bits
 * for up to 131072 pods, above `SORT_LIMIT`), sorted numerically. Equal suffixes keep their order.
 */
function sortBySuffix(places: PodPlace[], podClique: string, seed: number): Sorted<PodPlace> {
  const keys = new Float64Array(places.length);
  places.forEach((p, n) => {
    const name = podName(podClique, p.k, seed);
    let code = 0;
    for (let c = name.length - POD_SUFFIX_LENGTH; c < name.length; c++)
      code = code * 128 + (name.charCodeAt(c) & 127);
    keys[n] = code * POSITIONS + n;
  });
  keys.sort();
  return fromArray(Array.from(keys, (key) => places[key % POSITIONS]!));
}

const POSITIONS = 2 ** 17;

export function podOrder(layout: Layout, seed: number): Ordered<PodPlace> {
  const { pcs } = layout;
  const cut = longestPodCliqueName(layout) + 1 > MAX_GENERATE_NAME_PREFIX;
  const sortedCliques = cache<Sorted<PodPlace>>(64);
  const sortedBlocks = cache<Sorted<PodPlace>>(16);

  /** Pod names of a list where each PodClique's pods sit together (its name is computed once). */
  const sortByName = (places: PodPlace[]): Sorted<PodPlace> => {
    let last: PodPlace | undefined;
    let podClique = '';
    // `name + U+0000 + position`: the engine's own string sort (UTF-16 order, as `compareNames`), with
    // equal names (two pods drawing the same suffix) kept apart and in place.
    const keys = places.map((p, n) => {
      if (!last || last.slot !== p.slot || last.i !== p.i || last.j !== p.j)
        podClique = podCliqueName(pcs, p);
      last = p;
      return `${podName(podClique, p.k, seed)}\u0000${n}`;
    });
    keys.sort();
    return fromArray(keys.map((key) => places[Number(key.slice(key.lastIndexOf('\u0000') + 1))]!));
  };

  const ofClique = (i: bigint, group: GroupLayout | null, j: bigint, slot: Slot): Sorted<PodPlace> => {
    const size = BigInt(slot.pods);
    if (slot.pods > SORT_LIMIT) return { size, at: (k) => ({ i, group, j, slot, k }) };
    const key = podCliqueName(pcs, { i, group, j, slot });
    return deferred(size, () => sortedCliques(key, () => sortBySuffix(podsOf(i, group, j, slot), key, seed)));
  };

  const groupReplica = new Map(
    layout.groups.map((g) => [
      g,
      arrange<GroupReplica, PodPlace>(
        g.members.map((slot) => ({
          prefix: `${slot.clique.name}-`,
          size: BigInt(slot.pods),
          items: ({ i, j }) => ofClique(i, g, j, slot),
        })),
        BigInt(g.podsPerReplica),
        cut,
        ({ i, j }) =>
          deferred(BigInt(g.podsPerReplica), () =>
            sortedBlocks(`${i}/${g.name}/${j}`, () => sortByName(allOfGroupReplica(i, g, j))),
          ),
      ),
    ]),
  );

  const replica = arrange<bigint, PodPlace>(
    [
      ...layout.standalone.map((slot) => ({
        prefix: `${slot.clique.name}-`,
        size: BigInt(slot.pods),
        items: (i: bigint) => ofClique(i, null, 0n, slot),
      })),
      ...layout.groups.map((g) => ({
        prefix: `${g.name}-`,
        size: BigInt(g.replicas) * BigInt(g.podsPerReplica),
        items: (i: bigint) =>
          byIndexText(BigInt(g.replicas), BigInt(g.podsPerReplica), (j) => groupReplica.get(g)!({ i, j })),
      })),
    ],
    layout.podsPerReplica,
    cut,
    (i) =>
      deferred(layout.podsPerReplica, () => sortedBlocks(`${i}`, () => sortByName(allOfReplica(layout, i)))),
  );

  return {
    sorted: byIndexText(layout.replicas, layout.podsPerReplica, replica),
    approximations: podApproximations(layout, cut),
  };
}

/** Where `podOrder` cannot follow kubectl's order, known from the layout alone. */
function podApproximations(layout: Layout, cut: boolean): string[] {
  const big = [...layout.standalone, ...layout.groups.flatMap((g) => g.members)]
    .filter((s) => s.pods > SORT_LIMIT)
    .map((s) => s.clique.name);
  const families = [
    ...layout.standalone.filter((s) => s.pods > 0).map((s) => `${s.clique.name}-`),
    ...layout.groups.filter((g) => g.replicas * g.podsPerReplica > 0).map((g) => `${g.name}-`),
  ];
  const replicaMixed = (cut || !prefixFree(families)) && layout.podsPerReplica > BigInt(SORT_LIMIT);
  const groupsMixed = layout.groups
    .filter((g) => g.podsPerReplica > SORT_LIMIT)
    .filter((g) => cut || !prefixFree(g.members.filter((m) => m.pods > 0).map((m) => `${m.clique.name}-`)))
    .map((g) => g.name);
  return orderNotes(big, replicaMixed, groupsMixed, SORT_LIMIT);
}
