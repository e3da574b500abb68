import { isMap, isPair, isSeq } from 'yaml';
import type { Document } from 'yaml';
import type { Layout } from './render';
import { EditRefused } from './refuse';
import type { Source } from './source';
import { dashOf, rangeStart } from './spans';

const DEFAULT_LAYOUT: Layout = { step: 2, seqOffset: 2, itemOffset: 2 };

class Tally {
  private readonly counts = new Map<number, number>();
  add(value: number): void {
    this.counts.set(value, (this.counts.get(value) ?? 0) + 1);
  }
  /** The most frequent value (the smallest on a tie), or `fallback` when nothing was seen. */
  mode(fallback: number): number {
    let best = fallback;
    let bestCount = 0;
    for (const [value, count] of this.counts)
      if (count > bestCount || (count === bestCount && value < best)) {
        best = value;
        bestCount = count;
      }
    return best;
  }
}

function tryDash(src: Source, item: unknown): number | undefined {
  try {
    return dashOf(src, item);
  } catch (error) {
    if (error instanceof EditRefused) return undefined;
    throw error;
  }
}

/**
 * How this file indents: the most common nesting step, list offset under a key and item offset after
 * a `-`, read from the block collections it already has (Grove's samples use both `key:\n- item`
 * and `key:\n  - item`).
 */
export function detectLayout(doc: Document, src: Source): Layout {
  const step = new Tally();
  const seqOffset = new Tally();
  const itemOffset = new Tally();
  const stack: { node: unknown; depth: number }[] = [{ node: doc.contents, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (depth > 60) continue;
    if (isMap(node) && !node.flow) {
      for (const pair of node.items) {
        const keyAt = rangeStart(pair.key);
        const value = pair.value;
        stack.push({ node: value, depth: depth + 1 });
        if (keyAt === undefined || !src.leadsLine(keyAt)) continue;
        const column = src.column(keyAt);
        if (isMap(value) && !value.flow && value.items.length > 0) {
          const childAt = rangeStart(value.items[0]!.key);
          if (childAt !== undefined && src.leadsLine(childAt) && src.column(childAt) > column)
            step.add(src.column(childAt) - column);
        } else if (isSeq(value) && !value.flow && value.items.length > 0) {
          const dash = tryDash(src, value.items[0]);
          if (dash !== undefined && src.leadsLine(dash) && src.column(dash) >= column)
            seqOffset.add(src.column(dash) - column);
        }
      }
    } else if (isSeq(node) && !node.flow) {
      for (const item of node.items) {
        stack.push({ node: item, depth: depth + 1 });
        if (!isMap(item) || item.flow || item.items.length === 0) continue;
        const first = item.items[0];
        const keyAt = isPair(first) ? rangeStart(first.key) : undefined;
        const dash = tryDash(src, item);
        if (keyAt !== undefined && dash !== undefined && src.lineStart(dash) === src.lineStart(keyAt))
          itemOffset.add(keyAt - dash);
      }
    }
  }
  return {
    step: step.mode(DEFAULT_LAYOUT.step),
    seqOffset: seqOffset.mode(DEFAULT_LAYOUT.seqOffset),
    itemOffset: itemOffset.mode(DEFAULT_LAYOUT.itemOffset),
  };
}
