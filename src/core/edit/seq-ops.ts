import type { Scalar, YAMLSeq } from 'yaml';
import type { EditContext } from './context';
import { flowInsert, flowMove, flowRemove } from './flow-ops';
import { refuse } from './refuse';
import { renderFlow, renderItem, type Tree } from './render';
import { rewriteScalar } from './scalar-text';
import { contentEnd, dashOf, itemSpan, startOf, type EntrySpan } from './spans';

function leadingSpan(ctx: EditContext, seq: YAMLSeq, index: number): EntrySpan {
  const span = itemSpan(ctx.src, seq, index);
  if (!span.leadsLine) refuse('A list item here shares its line with another `-`; edit the text directly.');
  return span;
}

/** Columns from the first item's `-` to its content, as the list is written. */
function itemOffsetOf(ctx: EditContext, seq: YAMLSeq): number {
  const first = seq.items[0];
  const dash = dashOf(ctx.src, first);
  const content = startOf(first);
  return ctx.src.lineStart(dash) === ctx.src.lineStart(content) ? content - dash : ctx.layout.itemOffset;
}

/** Inserts an item before item `index` (at the end when `index` is the length). */
export function insertItem(ctx: EditContext, seq: YAMLSeq, index: number, item: Tree): void {
  if (seq.flow || seq.items.length === 0) {
    flowInsert(ctx, seq, index, renderFlow(item));
    return;
  }
  const lines = renderItem(item, ctx.layout, itemOffsetOf(ctx, seq));
  if (index < seq.items.length) {
    const span = leadingSpan(ctx, seq, index);
    ctx.insertLines(span.start, lines, span.column);
  } else {
    const span = leadingSpan(ctx, seq, seq.items.length - 1);
    ctx.insertLines(span.end, lines, span.column);
  }
}

/**
 * Removes items with their lines (and their comments, see spans.ts). When every item goes,
 * `whenEmpty` decides what becomes of the list (remove its key, write `[]`, or refuse).
 */
export function removeItems(
  ctx: EditContext,
  seq: YAMLSeq,
  indices: readonly number[],
  whenEmpty: () => void,
): void {
  const unique = [...new Set(indices)];
  if (unique.length === 0) return;
  if (unique.length >= seq.items.length) {
    whenEmpty();
    return;
  }
  if (seq.flow) {
    flowRemove(ctx, seq, unique);
    return;
  }
  for (const index of unique) ctx.deleteLines(leadingSpan(ctx, seq, index));
}

/** Moves item `from` so that it ends up at position `to`. */
export function moveItem(ctx: EditContext, seq: YAMLSeq, from: number, to: number): void {
  if (from === to) return;
  if (seq.flow) {
    flowMove(ctx, seq, from, to);
    return;
  }
  const { src } = ctx;
  const span = leadingSpan(ctx, seq, from);
  let chunk = src.text.slice(span.start, span.end);
  if (span.end === src.text.length && src.endsOpen) chunk += ctx.eol;
  ctx.deleteLines(span);
  const last = seq.items.length - 1;
  if (to < from) ctx.insertChunk(leadingSpan(ctx, seq, to).start, chunk);
  else if (to < last) ctx.insertChunk(leadingSpan(ctx, seq, to + 1).start, chunk);
  else ctx.insertChunk(leadingSpan(ctx, seq, last).end, chunk);
}

/** Rewrites a scalar's text, keeping its quoting (and its line, and any comment after it). */
export function replaceScalar(ctx: EditContext, node: Scalar, value: string): void {
  ctx.replace(startOf(node), contentEnd(ctx.src, node), rewriteScalar(node, value));
}
