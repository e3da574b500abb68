import type { TextEdit } from '../diagnostics/types';

/**
 * Sorts edits by position (insertions before a deletion that starts at the same offset, equal
 * insertions in the order given) and throws if two of them overlap: a set of edits is one splice.
 */
export function sortEdits(edits: readonly TextEdit[]): TextEdit[] {
  const sorted = edits
    .map((edit, order) => ({ edit, order }))
    .sort(
      (a, b) =>
        a.edit.range.start - b.edit.range.start || a.edit.range.end - b.edit.range.end || a.order - b.order,
    )
    .map((entry) => entry.edit);
  for (let i = 1; i < sorted.length; i++)
    if (sorted[i]!.range.start < sorted[i - 1]!.range.end)
      throw new RangeError(
        `Overlapping edits at ${sorted[i - 1]!.range.start}-${sorted[i - 1]!.range.end} and ${sorted[i]!.range.start}-${sorted[i]!.range.end}`,
      );
  return sorted;
}

/** Applies edits whose offsets are in `text` (all at once, as one splice). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = '';
  let at = 0;
  for (const edit of sortEdits(edits)) {
    if (edit.range.start < at || edit.range.end > text.length) throw new RangeError('Edit outside the text');
    out += text.slice(at, edit.range.start) + edit.text;
    at = edit.range.end;
  }
  return out + text.slice(at);
}

/**
 * The edits that undo `edits`: their offsets are in the new text, and applying them to it gives
 * `oldText` back byte for byte.
 */
export function invertEdits(oldText: string, edits: readonly TextEdit[]): TextEdit[] {
  const inverse: TextEdit[] = [];
  let shift = 0;
  for (const edit of sortEdits(edits)) {
    const start = edit.range.start + shift;
    inverse.push({
      range: { start, end: start + edit.text.length },
      text: oldText.slice(edit.range.start, edit.range.end),
    });
    shift += edit.text.length - (edit.range.end - edit.range.start);
  }
  return inverse;
}
