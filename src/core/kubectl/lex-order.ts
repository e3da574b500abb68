/**
 * The order kubectl lists indices in. kubectl prints rows in the API server's order, which is the byte
 * order of object names; inside a name, an index is followed by `-` (or ends the name), and `-` sorts
 * before every digit. So replica `1`'s objects all come before replica `10`'s, which come before `2`'s:
 * indices 0..n-1 are listed in the lexicographic order of their decimal text (0, 1, 10, 100, 11, ..., 2, 20).
 *
 * `lexUnrank` and `lexRank` convert between a position in that order and the index, in O(digits^2)
 * bigint steps, so the millionth row of `spec.replicas: 1e9` is found without listing the others.
 */

const TEN = 10n;

/** How many of 0..n-1 have `prefix` (>= 1) as the start of their decimal text. */
function countWithPrefix(prefix: bigint, n: bigint): bigint {
  let count = 0n;
  let low = prefix;
  let high = prefix + 1n;
  while (low < n) {
    count += (high < n ? high : n) - low;
    low *= TEN;
    high *= TEN;
  }
  return count;
}

/** The index at position `rank` (0-based) of 0..n-1 in decimal text order. */
export function lexUnrank(rank: bigint, n: bigint): bigint {
  if (rank < 0n || rank >= n) throw new RangeError(`Position ${rank} is outside 0..${n - 1n}`);
  if (rank === 0n) return 0n; // "0" is first, and nothing else starts with 0
  let k = rank - 1n;
  let first = 1n;
  for (;;) {
    // Children of the current prefix (or the first digits 1..9 at the top), in digit order.
    let child = first;
    for (; ; child++) {
      const size = countWithPrefix(child, n);
      if (k < size) break;
      k -= size;
    }
    if (k === 0n) return child;
    k -= 1n; // the prefix itself precedes its extensions
    first = child * TEN;
  }
}

/** The position of `index` among 0..n-1 in decimal text order. */
export function lexRank(index: bigint, n: bigint): bigint {
  if (index < 0n || index >= n) throw new RangeError(`Index ${index} is outside 0..${n - 1n}`);
  if (index === 0n) return 0n;
  const text = index.toString();
  let rank = 1n; // "0"
  let prefix = 0n;
  for (let p = 0; p < text.length; p++) {
    const digit = BigInt(text.charCodeAt(p) - 48);
    for (let d = p === 0 ? 1n : 0n; d < digit; d++) rank += countWithPrefix(prefix * TEN + d, n);
    prefix = prefix * TEN + digit;
    if (p < text.length - 1) rank += 1n; // the shorter prefix, itself an index, comes first
  }
  return rank;
}
