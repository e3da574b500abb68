import type { TextEdit } from '../core/diagnostics/types';

/**
 * The one undo history of the designer. An entry records the edits that turned one text into the next and
 * their inverse, never whole texts, so a 5 MB manifest costs only what changed.
 */
export interface HistoryEntry {
  /** Edits in offsets of the text before the change, non-overlapping, in any order. */
  readonly forward: readonly TextEdit[];
  /** Edits in offsets of the text after the change that restore the text before it. */
  readonly inverse: readonly TextEdit[];
  /** What the entry did, for tooltips ("Rename clique pleader"). */
  readonly label: string;
  /**
   * `typing`: a keystroke in the editor (consecutive ones merge); `edit`: any other editor change (paste, cut,
   * drag); `command`: a designer command (graph, inspector, quick fix); `file`: open, reset, clean.
   */
  readonly origin: 'typing' | 'edit' | 'command' | 'file';
  readonly at: number;
}

export interface History {
  readonly past: readonly HistoryEntry[];
  readonly future: readonly HistoryEntry[];
}

export const emptyHistory: History = { past: [], future: [] };

/** How many entries are kept. */
export const HISTORY_LIMIT = 500;
/** Typing within this many milliseconds of the last keystroke joins the same undo step. */
export const TYPING_MERGE_MS = 800;

/** Applies non-overlapping edits (offsets in `text`) and returns the new text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  // Left to right, insertions at the same offset in the order given: as the core's `applyEdits` (and
  // `invertEdits` below) read them. A command may insert twice at one offset (requests, then limits).
  const sorted = edits
    .map((edit, order) => ({ edit, order }))
    .sort(
      (a, b) =>
        a.edit.range.start - b.edit.range.start || a.edit.range.end - b.edit.range.end || a.order - b.order,
    );
  let out = '';
  let at = 0;
  for (const { edit } of sorted) {
    out += text.slice(at, edit.range.start) + edit.text;
    at = Math.max(at, edit.range.end);
  }
  return out + text.slice(at);
}

/** The edits that undo `edits` once they are applied to `text`. */
export function invertEdits(text: string, edits: readonly TextEdit[]): TextEdit[] {
  const sorted = [...edits].sort((a, b) => a.range.start - b.range.start);
  const inverse: TextEdit[] = [];
  let shift = 0;
  for (const edit of sorted) {
    const start = edit.range.start + shift;
    inverse.push({
      range: { start, end: start + edit.text.length },
      text: text.slice(edit.range.start, edit.range.end),
    });
    shift += edit.text.length - (edit.range.end - edit.range.start);
  }
  return inverse;
}

/** The smallest single edit turning `before` into `after` (common prefix and suffix kept). */
export function diffEdit(before: string, after: string): TextEdit[] {
  if (before === after) return [];
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (
    endBefore > start &&
    endAfter > start &&
    before.charCodeAt(endBefore - 1) === after.charCodeAt(endAfter - 1)
  ) {
    endBefore--;
    endAfter--;
  }
  return [{ range: { start, end: endBefore }, text: after.slice(start, endAfter) }];
}

function touches(previousInverse: readonly TextEdit[], next: readonly TextEdit[]): boolean {
  // Typing continues where the previous keystroke ended (or deletes just before it).
  return previousInverse.some((x) =>
    next.some((y) => y.range.start <= x.range.end + 1 && y.range.end + 1 >= x.range.start),
  );
}

/** A keystroke: inserts or removes at most one character per edit (a paste or a command is never one). */
export function isKeystroke(edits: readonly TextEdit[]): boolean {
  return edits.length > 0 && edits.every((e) => e.text.length <= 1 && e.range.end - e.range.start <= 1);
}

/**
 * Records a change. Keystrokes that continue at the same place within TYPING_MERGE_MS merge into the
 * previous typing entry, as editors do; every command, paste and file operation is an entry of its own.
 */
export function record(history: History, before: string, entry: HistoryEntry): History {
  const last = history.past[history.past.length - 1];
  if (
    last &&
    entry.origin === 'typing' &&
    last.origin === 'typing' &&
    entry.at - last.at <= TYPING_MERGE_MS &&
    touches(last.inverse, entry.forward)
  ) {
    // Merge: forward = one diff from the text before `last` to the text after `entry`. Both differ
    // from `before` only inside the window the two edits touch, so the diff is taken there (over a
    // whole 5 MB text it cost 10 ms per keystroke).
    const touched = [...last.inverse, ...entry.forward];
    const from = Math.min(...touched.map((e) => e.range.start));
    const window = before.slice(from, Math.max(...touched.map((e) => e.range.end)));
    const beforeLast = applyEdits(window, shifted(last.inverse, -from));
    const forward = shifted(diffEdit(beforeLast, applyEdits(window, shifted(entry.forward, -from))), from);
    const merged: HistoryEntry = {
      ...entry,
      forward,
      inverse: shifted(invertEdits(beforeLast, shifted(forward, -from)), from),
      label: last.label,
    };
    return { past: [...history.past.slice(0, -1), merged], future: [] };
  }
  const past = [...history.past, entry];
  return { past: past.length > HISTORY_LIMIT ? past.slice(past.length - HISTORY_LIMIT) : past, future: [] };
}

/** Edits moved by `by` characters. */
function shifted(edits: readonly TextEdit[], by: number): TextEdit[] {
  return edits.map((e) => ({ range: { start: e.range.start + by, end: e.range.end + by }, text: e.text }));
}
