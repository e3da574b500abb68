import { isCollection, isScalar } from 'yaml';
import type { Pair, YAMLMap } from 'yaml';
import { pairKey } from '../parse/locate';
import type { EditContext } from './context';
import { flowInsert, flowRemove } from './flow-ops';
import { refuse } from './refuse';
import { isBlock, renderFlow, renderPair, type Tree } from './render';
import { contentEnd, pairSpan, startOf } from './spans';

/** Where a new key goes: after the first of `after` present, else before the first of `before`, else last. */
export interface Placement {
  readonly after?: readonly string[];
  readonly before?: readonly string[];
}

/** The entry for `key`; when the key is written twice, the last one (the one kubectl keeps). */
export function findPair(map: YAMLMap, key: string): { pair: Pair; index: number } | undefined {
  for (let index = map.items.length - 1; index >= 0; index--)
    if (pairKey(map.items[index]!) === key) return { pair: map.items[index]!, index };
  return undefined;
}

/** Offset just after the `:` that follows a key. */
function afterColon(ctx: EditContext, pair: Pair): number {
  const keyEnd = contentEnd(ctx.src, pair.key);
  const colon = ctx.src.text.indexOf(':', keyEnd);
  if (colon === -1) refuse('A mapping entry here has no `:`; edit the text directly.');
  return colon + 1;
}

/**
 * Replaces the value of an existing entry, keeping the key, its line and any comment after it. A
 * block value goes on the lines below the key; a flow or scalar value goes after the `:`.
 */
export function replaceValue(ctx: EditContext, pair: Pair, value: Tree): void {
  const { src } = ctx;
  const node = pair.value;
  const colon = afterColon(ctx, pair);
  const nothing = node == null || (isScalar(node) && contentEnd(src, node) === node.range![0]);
  const emptyFlow = isCollection(node) && node.flow === true && node.items.length === 0;
  const block = isCollection(node) && !node.flow;
  if (isBlock(value)) {
    const column = src.column(startOf(pair.key));
    const [, ...lines] = renderPair('k', value, ctx.layout);
    const below = lines.map((line) => ctx.eol + ' '.repeat(column) + line).join('');
    const lineEnd = src.lineEnd(colon);
    if (block) ctx.replace(lineEnd, contentEnd(src, node), below);
    else if (nothing) ctx.insert(lineEnd, below);
    else if (emptyFlow) {
      ctx.replace(colon, contentEnd(src, node), '');
      ctx.insert(lineEnd, below);
    } else ctx.replace(startOf(node), contentEnd(src, node), renderFlow(value));
    return;
  }
  if (nothing) ctx.insert(colon, ` ${renderFlow(value)}`);
  else if (block) ctx.replace(colon, contentEnd(src, node), ` ${renderFlow(value)}`);
  else ctx.replace(startOf(node), contentEnd(src, node), renderFlow(value));
}

export function insertPair(
  ctx: EditContext,
  map: YAMLMap,
  key: string,
  value: Tree,
  placement: Placement = {},
): void {
  if (map.flow) {
    flowInsert(ctx, map, map.items.length, `${key}: ${renderFlow(value)}`);
    return;
  }
  if (map.items.length === 0) refuse('An empty block mapping cannot be edited here; edit the text directly.');
  const lines = renderPair(key, value, ctx.layout);
  const after = placement.after?.map((k) => findPair(map, k)).find((found) => found !== undefined);
  const before = after
    ? undefined
    : placement.before?.map((k) => findPair(map, k)).find((f) => f !== undefined);
  const index = after?.index ?? before?.index ?? map.items.length - 1;
  const span = pairSpan(ctx.src, map, index);
  const column = span.column;
  if (before === undefined) ctx.insertLines(span.end, lines, column);
  else if (span.leadsLine) ctx.insertLines(span.start, lines, column);
  else
    ctx.insert(
      span.marker,
      lines.map((line, i) => (i === 0 ? line : ' '.repeat(column) + line)).join(ctx.eol) +
        ctx.eol +
        ' '.repeat(column),
    );
}

/** Sets `key` to `value`: replaces the value if the key is there, inserts the entry otherwise. */
export function setPair(
  ctx: EditContext,
  map: YAMLMap,
  key: string,
  value: Tree,
  placement: Placement = {},
): void {
  const found = findPair(map, key);
  if (found) replaceValue(ctx, found.pair, value);
  else insertPair(ctx, map, key, value, placement);
}

/** Removes an entry with its lines (an only entry leaves `{}`). Nothing happens if the key is absent. */
export function removePair(ctx: EditContext, map: YAMLMap, key: string): void {
  const found = findPair(map, key);
  if (!found) return;
  if (map.flow) {
    flowRemove(ctx, map, [found.index]);
    return;
  }
  const span = pairSpan(ctx.src, map, found.index);
  if (map.items.length === 1) ctx.replace(span.marker, span.contentEnd, '{}');
  else if (span.leadsLine) ctx.deleteLines(span);
  else ctx.replace(span.marker, startOf(map.items[found.index + 1]!.key), '');
}
