import { isCollection, isPair, isScalar } from 'yaml';
import type { Node as YamlNode, Pair, YAMLMap, YAMLSeq } from 'yaml';
import type { TextRange } from '../diagnostics/types';
import { EditRefused } from './refuse';
import type { Source } from './source';

/**
 * The lines an entry of a block collection occupies: its own lines, the comment lines right above
 * it at its column (they talk about it), and comment lines below it indented deeper (they are inside
 * it). A comment at the collection's column between two entries belongs to the entry after it.
 */
export interface EntrySpan extends TextRange {
  /** Offset of the `-` of a list item, or of the key of a mapping entry. */
  readonly marker: number;
  /** Column of the marker. */
  readonly column: number;
  /** True when the marker is the first thing on its line (not after `- ` or `? `). */
  readonly leadsLine: boolean;
  /** End of the entry's last content (before any trailing comment). */
  readonly contentEnd: number;
}

/** Where a node starts, if it has a place in the text. */
export function rangeStart(node: unknown): number | undefined {
  return (node as YamlNode | null | undefined)?.range?.[0];
}

export function startOf(node: unknown): number {
  const range = (node as YamlNode | null)?.range;
  if (!range) throw new EditRefused('A mapping entry here has no key; edit the text directly.');
  return range[0];
}

/** Offset just after the last character of a node's own content. */
export function contentEnd(src: Source, node: unknown): number {
  if (isScalar(node)) return src.trimEnd(node.range![0], node.range![1]);
  if (isCollection(node)) {
    if (node.flow || node.items.length === 0) return node.range![1];
    const last = node.items[node.items.length - 1];
    return isPair(last) ? pairContentEnd(src, last) : contentEnd(src, last);
  }
  const range = (node as YamlNode | null)?.range;
  return range ? src.trimEnd(range[0], range[1]) : 0;
}

export function pairContentEnd(src: Source, pair: Pair): number {
  const keyEnd = contentEnd(src, pair.key);
  return pair.value ? Math.max(keyEnd, contentEnd(src, pair.value)) : keyEnd;
}

/** Offset of the `-` that opens a block list item. */
export function dashOf(src: Source, item: unknown): number {
  const at = startOf(item);
  const lineStart = src.lineStart(at);
  const before = src.text.slice(lineStart, at);
  if (/^ *(?:- +)+$/.test(before)) return lineStart + before.lastIndexOf('-');
  if (before.trim() === '') {
    // The item's content starts on a later line than its `-` (`-\n  name: x`).
    for (let line = src.previousLine(lineStart); line >= 0; line = src.previousLine(line)) {
      const kind = src.kind(line);
      if (kind === 'blank' || kind === 'comment') continue;
      const body = src.text
        .slice(line, src.lineEnd(line))
        .replace(/\s+#.*$/, '')
        .trimEnd();
      if (/^ *-$/.test(body)) return line + body.length - 1;
      break;
    }
  }
  throw new EditRefused('This list is written in a layout the designer cannot edit; edit the text directly.');
}

function spanFrom(src: Source, marker: number, last: number): EntrySpan {
  const column = src.column(marker);
  const leads = src.leadsLine(marker);
  let from = src.lineStart(marker);
  if (leads)
    for (let line = src.previousLine(from); line >= 0; line = src.previousLine(line)) {
      if (src.kind(line) !== 'comment' || src.indent(line) !== column) break;
      from = line;
    }
  let to = src.nextLine(Math.max(marker, last - 1));
  while (to < src.text.length && src.kind(to) === 'comment' && src.indent(to) > column) to = src.nextLine(to);
  return { start: leads ? from : marker, end: to, marker, column, leadsLine: leads, contentEnd: last };
}

export function itemSpan(src: Source, seq: YAMLSeq, index: number): EntrySpan {
  const item = seq.items[index];
  return spanFrom(src, dashOf(src, item), contentEnd(src, item));
}

export function pairSpan(src: Source, map: YAMLMap, index: number): EntrySpan {
  const pair = map.items[index]!;
  return spanFrom(src, startOf(pair.key), pairContentEnd(src, pair));
}

/** Range of a flow entry's own text (`a`, `k: v`). */
export function flowEntryRange(src: Source, entry: unknown): TextRange {
  if (isPair(entry)) return { start: startOf(entry.key), end: pairContentEnd(src, entry) };
  return { start: startOf(entry), end: contentEnd(src, entry) };
}
