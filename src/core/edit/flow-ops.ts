import type { YAMLMap, YAMLSeq } from 'yaml';
import type { EditContext } from './context';
import { flowEntryRange, startOf } from './spans';

/** A flow collection: `[a, b]` or `{k: v}`. */
type Flow = YAMLSeq | YAMLMap;

/** The separator the collection already uses between entries (`, ` if it has fewer than two). */
function separator(ctx: EditContext, coll: Flow): string {
  if (coll.items.length < 2) return ', ';
  const a = flowEntryRange(ctx.src, coll.items[0]);
  const b = flowEntryRange(ctx.src, coll.items[1]);
  const between = ctx.src.text.slice(a.end, b.start);
  return between.includes('#') ? ', ' : between;
}

/** Inserts an entry's text before entry `index` (or last). */
export function flowInsert(ctx: EditContext, coll: Flow, index: number, text: string): void {
  const n = coll.items.length;
  if (n === 0) {
    ctx.insert(startOf(coll) + 1, text);
    return;
  }
  const sep = separator(ctx, coll);
  if (index < n) ctx.insert(flowEntryRange(ctx.src, coll.items[index]).start, text + sep);
  else ctx.insert(flowEntryRange(ctx.src, coll.items[n - 1]).end, sep + text);
}

/**
 * Removes entries with their separators. A run of removed entries takes the separator after it, or
 * before it when the run reaches the end; removing everything leaves the brackets empty.
 */
export function flowRemove(ctx: EditContext, coll: Flow, indices: readonly number[]): void {
  const gone = new Set(indices);
  const n = coll.items.length;
  const range = (i: number) => flowEntryRange(ctx.src, coll.items[i]);
  if (gone.size >= n) {
    ctx.replace(startOf(coll) + 1, coll.range![1] - 1, '');
    return;
  }
  for (let a = 0; a < n; a++) {
    if (!gone.has(a) || gone.has(a - 1)) continue;
    let b = a;
    while (gone.has(b + 1)) b++;
    if (b + 1 < n) ctx.replace(range(a).start, range(b + 1).start, '');
    else ctx.replace(range(a - 1).end, range(b).end, '');
  }
}

/** Moves entry `from` to position `to` by rewriting the entries whose text changes place. */
export function flowMove(ctx: EditContext, coll: Flow, from: number, to: number): void {
  const texts = coll.items.map((_, i) => {
    const r = flowEntryRange(ctx.src, coll.items[i]);
    return ctx.src.text.slice(r.start, r.end);
  });
  const order = texts.map((_, i) => i);
  order.splice(to, 0, ...order.splice(from, 1));
  order.forEach((source, i) => {
    if (source === i) return;
    const r = flowEntryRange(ctx.src, coll.items[i]);
    ctx.replace(r.start, r.end, texts[source]!);
  });
}
