import { lexUnrank } from './lex-order';

/**
 * Lists in name order, built from pieces without enumerating them. A view's rows are a `Sorted` of
 * places (which PodClique, which pod...); the row at a position is found by division through the pieces.
 */
export interface Sorted<T> {
  readonly size: bigint;
  at(rank: bigint): T;
}

/** Byte order of names, as the API server lists them (names are ASCII, so UTF-16 order is byte order). */
export function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function fromArray<T>(items: readonly T[]): Sorted<T> {
  return { size: BigInt(items.length), at: (rank) => items[Number(rank)]! };
}

/** Items sorted by a name computed once per item. */
export function sortedBy<T>(items: readonly T[], name: (item: T) => string): Sorted<T> {
  const keyed = items.map((item) => ({ item, key: name(item) }));
  keyed.sort((a, b) => compareNames(a.key, b.key));
  return fromArray(keyed.map((k) => k.item));
}

export function concat<T>(parts: readonly Sorted<T>[]): Sorted<T> {
  const live = parts.filter((p) => p.size > 0n);
  return {
    size: live.reduce((n, p) => n + p.size, 0n),
    at(rank) {
      let r = rank;
      for (const part of live) {
        if (r < part.size) return part.at(r);
        r -= part.size;
      }
      throw new RangeError(`No row at ${rank}`);
    },
  };
}

/**
 * `n` equal parts indexed 0..n-1 whose names carry the index followed by `-` or the end of the name:
 * they come in the decimal text order of the index (see lex-order.ts).
 */
export function byIndexText<T>(n: bigint, each: bigint, part: (index: bigint) => Sorted<T>): Sorted<T> {
  return {
    size: n * each,
    at(rank) {
      const index = lexUnrank(rank / each, n);
      return part(index).at(rank % each);
    },
  };
}

/**
 * Part of a list whose names all start with `prefix` (after the part shared by the whole list), with a
 * size known in advance; `items(key)` lists it for one instance (a PCS replica, a group replica...).
 * A family of one exact name ends its prefix with U+0000, which sorts before any character a name can
 * continue with.
 */
export interface Family<K, T> {
  readonly prefix: string;
  readonly size: bigint;
  items(key: K): Sorted<T>;
}

/** True when no prefix starts another: names of different families can then never interleave. */
export function prefixFree(prefixes: readonly string[]): boolean {
  const sorted = [...prefixes].sort(compareNames);
  for (let p = 1; p < sorted.length; p++) if (sorted[p]!.startsWith(sorted[p - 1]!)) return false;
  return true;
}

/** Families in prefix order (the order is worked out once, and holds for every instance). */
export function inPrefixOrder<K, T>(families: readonly Family<K, T>[]): (key: K) => Sorted<T> {
  const live = families.filter((f) => f.size > 0n).sort((a, b) => compareNames(a.prefix, b.prefix));
  const size = live.reduce((n, f) => n + f.size, 0n);
  return (key) => ({
    size,
    at(rank) {
      let r = rank;
      for (const family of live) {
        if (r < family.size) return family.items(key).at(r);
        r -= family.size;
      }
      throw new RangeError(`No row at ${rank}`);
    },
  });
}

/**
 * When the families' prefixes are prefix-free, each family's names all sort where its prefix does, so
 * listing families in prefix order is name order: that list, else null (the caller sorts the names).
 */
export function byPrefix<K, T>(families: readonly Family<K, T>[]): ((key: K) => Sorted<T>) | null {
  const live = families.filter((f) => f.size > 0n);
  return prefixFree(live.map((f) => f.prefix)) ? inPrefixOrder(live) : null;
}

/** A small least-recently-used cache (sorted PodCliques, sorted blocks): `get(key, make)`. */
export function cache<V>(limit: number): (key: string, make: () => V) => V {
  const entries = new Map<string, V>();
  return (key, make) => {
    const hit = entries.get(key);
    if (hit !== undefined) {
      entries.delete(key);
      entries.set(key, hit);
      return hit;
    }
    const value = make();
    entries.set(key, value);
    if (entries.size > limit) entries.delete(entries.keys().next().value!);
    return value;
  };
}

/** A list of known size whose order is only worked out when a row is asked for. */
export function deferred<T>(size: bigint, make: () => Sorted<T>): Sorted<T> {
  return { size, at: (rank) => make().at(rank) };
}
