import { parseManifest, type ParsedDocument, type ParsedManifest } from '../parse/parse';
import { runCommand } from './commands';
import { EditContext } from './context';
import { detectLayout } from './layout';
import { pcsNodes } from './pcs-nodes';
import { EditRefused } from './refuse';
import { Source } from './source';
import { applyEdits, sortEdits } from './text-edits';
import type { EditCommand, EditResult } from './types';

const refused = (reason: string): EditResult => ({ ok: false, reason });

function hasErrors(doc: ParsedDocument): boolean {
  return doc.broken || doc.problems.some((p) => p.severity === 'error');
}

/**
 * Applies one command to document `documentIndex` (position among the file's non-empty documents,
 * as `parseManifest` numbers them) as the smallest text splice. Pure; never throws: a command that
 * cannot or must not be applied returns `{ ok: false, reason }` and the text is unchanged.
 * `parsed` may hand over the parse of `text` the caller already has (it is used only if it is of `text`).
 */
export function applyCommand(
  text: string,
  documentIndex: number,
  command: EditCommand,
  parsed: ParsedManifest = parseManifest(text),
): EditResult {
  if (parsed.text !== text) return applyCommand(text, documentIndex, command);
  const doc = parsed.documents[documentIndex];
  if (!doc) return refused(`There is no document ${documentIndex + 1} in this file.`);
  if (hasErrors(doc))
    return refused('This document has YAML errors; fix them in the text before editing it here.');
  if (doc.kind !== 'PodCliqueSet') return refused('This document is not a PodCliqueSet.');
  try {
    const src = new Source(text);
    const ctx = new EditContext(doc.ast, src, () => detectLayout(doc.ast, src));
    const summary = runCommand(ctx, pcsNodes(doc.ast), command);
    const edits = sortEdits(ctx.edits);
    if (edits.some((e) => e.range.start < doc.range.start || e.range.end > doc.range.end))
      return refused('The designer would have changed another document; edit the text directly.');
    const next = applyEdits(text, edits);
    const after = parseManifest(next);
    const changed = after.documents[documentIndex];
    if (after.documents.length !== parsed.documents.length || !changed || hasErrors(changed))
      return refused(
        'The designer could not make this change without breaking the YAML; edit the text directly.',
      );
    return { ok: true, text: next, edits, summary };
  } catch (error) {
    if (error instanceof EditRefused) return refused(error.message);
    const detail = error instanceof Error ? error.message : String(error);
    return refused(`The designer could not make this change (${detail}); edit the text directly.`);
  }
}
