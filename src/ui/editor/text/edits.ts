import type { TextEdit } from '../../../core/diagnostics/types';

/** One change of a Monaco content-change event, reduced to what the conversion needs. */
export interface ContentChange {
  readonly rangeOffset: number;
  readonly rangeLength: number;
  readonly text: string;
}

/**
 * Turns the changes of one Monaco content-change event into edits in offsets of the text before the event.
 * Monaco lists the changes of one event from the end of the text to its start, so each change's offsets are
 * valid in the text before the event; the edits come out sorted by position.
 */
export function changesToEdits(changes: readonly ContentChange[]): TextEdit[] {
  return changes
    .map((c) => ({ range: { start: c.rangeOffset, end: c.rangeOffset + c.rangeLength }, text: c.text }))
    .sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
}

/** Applies non-overlapping edits given in offsets of `text`. */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.range.start - b.range.start);
  let out = '';
  let at = 0;
  for (const edit of sorted) {
    if (edit.range.start < at) throw new Error('applyTextEdits: overlapping edits');
    out += text.slice(at, edit.range.start) + edit.text;
    at = edit.range.end;
  }
  return out + text.slice(at);
}
