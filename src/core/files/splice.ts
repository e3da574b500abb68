import type { Document } from 'yaml';
import type { TextEdit } from '../diagnostics/types';
import { EditContext } from '../edit/context';
import { detectLayout } from '../edit/layout';
import { Source } from '../edit/source';
import { sortEdits } from '../edit/text-edits';

/** An edit collector over the whole text for one document (the file's layout is read when first needed). */
export function contextFor(text: string, ast: Document.Parsed, source = new Source(text)): EditContext {
  return new EditContext(ast, source, () => detectLayout(ast, source));
}

/**
 * Sorts edits and joins those that touch into one. Insertions at the same offset keep the order they
 * were made in, and no reader of the result has to know how equal offsets are ordered.
 */
export function joinTouching(edits: readonly TextEdit[]): TextEdit[] {
  const out: TextEdit[] = [];
  for (const edit of sortEdits(edits)) {
    const last = out[out.length - 1];
    if (last && last.range.end === edit.range.start)
      out[out.length - 1] = {
        range: { start: last.range.start, end: edit.range.end },
        text: last.text + edit.text,
      };
    else out.push(edit);
  }
  return out;
}
