import type { TextEdit } from '../../../core/diagnostics/types';
import { diffSequences } from './myers';

/** Above this many line insertions plus deletions the difference is given as one edit. */
const MAX_LINE_EDITS = 400;
/** Above this many line comparisons the line diff gives up. */
const MAX_WORK = 20_000_000;

/**
 * The edits that turn `before` into `after`, in offsets of `before`, sorted and non-overlapping: the common
 * prefix and suffix are kept, and between them a line diff splits the change into hunks so that text between
 * two changed places (and the cursor, folding and markers on it) is left alone. Each hunk is trimmed to the
 * characters that differ.
 */
export function minimalEdits(before: string, after: string): TextEdit[] {
  if (before === after) return [];
  const max = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < max - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  )
    suffix++;
  const single = [edit(before, after, prefix, before.length - suffix, prefix, after.length - suffix)];
  // Widen the changed region to whole lines (both texts agree outside it), then diff those lines.
  const start = prefix === 0 ? 0 : before.lastIndexOf('\n', prefix - 1) + 1;
  let endBefore = before.length - suffix;
  const lineEnd = before.indexOf('\n', endBefore === 0 ? 0 : endBefore - 1);
  endBefore = lineEnd === -1 ? before.length : lineEnd + 1;
  const endAfter = endBefore + (after.length - before.length);
  const a = splitLines(before, start, endBefore);
  const b = splitLines(after, start, endAfter);
  if (a.length + b.length < 3) return single;
  const ids = new Map<string, number>();
  const hunks = diffSequences(toIds(a, ids), toIds(b, ids), MAX_LINE_EDITS, MAX_WORK);
  if (!hunks || hunks.length <= 1) return single;
  const aOffsets = offsets(a, start);
  const bOffsets = offsets(b, start);
  return hunks.map((h) =>
    edit(before, after, aOffsets[h.aStart]!, aOffsets[h.aEnd]!, bOffsets[h.bStart]!, bOffsets[h.bEnd]!),
  );
}

/** Replaces `before[aStart, aEnd)` by `after[bStart, bEnd)`, trimmed to the characters that differ. */
function edit(
  before: string,
  after: string,
  aStart: number,
  aEnd: number,
  bStart: number,
  bEnd: number,
): TextEdit {
  while (aStart < aEnd && bStart < bEnd && before.charCodeAt(aStart) === after.charCodeAt(bStart)) {
    aStart++;
    bStart++;
  }
  while (aEnd > aStart && bEnd > bStart && before.charCodeAt(aEnd - 1) === after.charCodeAt(bEnd - 1)) {
    aEnd--;
    bEnd--;
  }
  return { range: { start: aStart, end: aEnd }, text: after.slice(bStart, bEnd) };
}

/** The lines of `text[start, end)`, each with its line break. */
function splitLines(text: string, start: number, end: number): string[] {
  const lines: string[] = [];
  let at = start;
  while (at < end) {
    const nl = text.indexOf('\n', at);
    const next = nl === -1 || nl >= end ? end : nl + 1;
    lines.push(text.slice(at, next));
    at = next;
  }
  return lines;
}

function toIds(lines: readonly string[], ids: Map<string, number>): Int32Array {
  const out = new Int32Array(lines.length);
  lines.forEach((line, i) => {
    let id = ids.get(line);
    if (id === undefined) ids.set(line, (id = ids.size));
    out[i] = id;
  });
  return out;
}

/** Start offset of every line, plus the end of the last one. */
function offsets(lines: readonly string[], start: number): number[] {
  const out = [start];
  for (const line of lines) out.push(out[out.length - 1]! + line.length);
  return out;
}
