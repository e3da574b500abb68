import { cleanForApply, type CleanResult } from '../../core/files/clean';
import { writeDefaults, type DefaultsResult } from '../../core/files/defaults-text';
import { judgeText, type OpenVerdict } from '../../core/files/open';
import { parseManifest, type ParsedManifest } from '../../core/parse/parse';
import { queryName, type Query } from './types';

/**
 * Whole-file edits of the Files menu, computed in the worker (parsing a 5 MB text takes the main thread
 * too long). The page sends the text it will apply the edits to, so the offsets always fit it; the
 * session's parse is reused when it is of that text.
 */
export interface FileEditArgs {
  readonly text: string;
}

function parsedFor(session: { readonly parsed: ParsedManifest }, text: string): ParsedManifest {
  return session.parsed.text === text ? session.parsed : parseManifest(text);
}

export const cleanForApplyQuery = queryName<FileEditArgs, CleanResult>('cleanForApply');

export const cleanForApplyEdits: Query<FileEditArgs, CleanResult> = (session, { text }) =>
  cleanForApply(text, parsedFor(session, text));

export const writeDefaultsQuery = queryName<FileEditArgs, DefaultsResult>('writeDefaults');

export const writeDefaultsEdits: Query<FileEditArgs, DefaultsResult> = (session, { text }) =>
  writeDefaults(text, parsedFor(session, text));

export const judgeOpenQuery = queryName<{ readonly text: string; readonly name: string }, OpenVerdict>(
  'judgeOpen',
);

/** Whether a file about to be opened is YAML with a PodCliqueSet in it (parsed here, off the page). */
export const judgeOpen: Query<{ readonly text: string; readonly name: string }, OpenVerdict> = (
  _session,
  { text, name },
) => judgeText(name, parseManifest(text));
