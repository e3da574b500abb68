import type { TextEdit } from '../diagnostics/types';
import { parseManifest } from '../parse/parse';
import { applyCommand } from './apply';
import { applyEdits, sortEdits } from './text-edits';
import type { EditCommand, EditResult } from './types';

interface Interval {
  start: number;
  end: number;
}

/**
 * Composes two splices into one in the offsets of the first text: `first` has offsets in `text`,
 * `second` in the text `first` produced. Where an edit of `second` touches text that `first`
 * inserted, the two become one edit; elsewhere each edit keeps its own small range.
 */
export function composeEdits(
  text: string,
  first: readonly TextEdit[],
  second: readonly TextEdit[],
): TextEdit[] {
  const firstSorted = sortEdits(first);
  const middle = applyEdits(text, firstSorted);
  // Where each edit of `first` sits in the middle text, and how far it shifted what follows it.
  let shift = 0;
  const images = firstSorted.map((edit) => {
    const start = edit.range.start + shift;
    shift += edit.text.length - (edit.range.end - edit.range.start);
    return { start, end: start + edit.text.length, delta: shift };
  });
  // An offset at a cluster's start maps before the images the cluster holds, its end after them.
  const toOld = (offset: number, side: 'start' | 'end'): number => {
    let delta = 0;
    for (const image of images)
      if (image.end < offset || (side === 'end' && image.end === offset)) delta = image.delta;
    return offset - delta;
  };
  // Clusters of touching intervals in the middle text: images of `first` and ranges of `second`.
  const intervals: Interval[] = [
    ...images.map((i) => ({ start: i.start, end: i.end })),
    ...second.map((e) => ({ start: e.range.start, end: e.range.end })),
  ].sort((a, b) => a.start - b.start || a.end - b.end);
  const clusters: Interval[] = [];
  for (const interval of intervals) {
    const last = clusters[clusters.length - 1];
    if (last && interval.start <= last.end) last.end = Math.max(last.end, interval.end);
    else clusters.push({ ...interval });
  }
  const secondSorted = sortEdits(second);
  return clusters.map((cluster) => {
    const inside = secondSorted
      .filter((e) => e.range.start >= cluster.start && e.range.end <= cluster.end)
      .map((e) => ({
        range: { start: e.range.start - cluster.start, end: e.range.end - cluster.start },
        text: e.text,
      }));
    return {
      range: { start: toOld(cluster.start, 'start'), end: toOld(cluster.end, 'end') },
      text: applyEdits(middle.slice(cluster.start, cluster.end), inside),
    };
  });
}

/**
 * Applies several commands as one change (one undo step): each runs on the text the previous one
 * produced; the first refusal refuses them all and the text stays as it was.
 */
export function applyCommands(
  text: string,
  documentIndex: number,
  commands: readonly EditCommand[],
): EditResult {
  let current = text;
  let edits: TextEdit[] = [];
  const summaries: string[] = [];
  for (const command of commands) {
    const result = applyCommand(current, documentIndex, command, parseManifest(current));
    if (!result.ok) return result;
    edits = composeEdits(text, edits, result.edits);
    current = result.text;
    summaries.push(result.summary);
  }
  return { ok: true, text: current, edits, summary: summaries.join('; ') };
}
