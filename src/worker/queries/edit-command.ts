import type { TextEdit } from '../../core/diagnostics/types';
import { applyCommand } from '../../core/edit';
import type { EditCommand } from '../../core/edit/types';
import { queryName, type Query } from './types';

export type EditAnswer =
  | { readonly ok: true; readonly edits: readonly TextEdit[]; readonly summary: string }
  | { readonly ok: false; readonly reason: string };

/**
 * A designer command applied in the worker to the text it last analysed (its parse is reused), so a large
 * manifest is never parsed on the main thread. The page applies the edits only if the answer's revision is
 * still the newest it asked for (the text has not changed since).
 */
export const editCommandQuery = queryName<{ readonly command: EditCommand }, EditAnswer>('editCommand');

export const editCommand: Query<{ readonly command: EditCommand }, EditAnswer> = (session, { command }) => {
  const result = applyCommand(session.parsed.text, session.activeIndex, command, session.parsed);
  return result.ok ? { ok: true, edits: result.edits, summary: result.summary } : result;
};
