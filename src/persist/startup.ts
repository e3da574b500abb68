import type { SavedInputs } from './inputs';
import { readRecord, textHash } from './record';
import { decodeShare, isShareFragment, type SharedInputs } from './share-link';
import type { WorkStorage } from './storage';

/** What the page starts from: a share link, the autosaved work, or the seed. */
export interface Startup {
  readonly source: 'seed' | 'saved' | 'shared';
  /** Inputs to restore into the store before the first paint (the seed when empty). */
  readonly inputs: Partial<SavedInputs>;
  /** Revision of the saved record the inputs belong to (0 when there is none). */
  readonly known: number;
  readonly baseline: string | null;
  /** A shared design that would replace saved work: the page asks before opening it. */
  readonly pendingShare?: Partial<SharedInputs>;
  /** A share link that could not be read, or storage that could not be read: said once, on load. */
  readonly message?: string;
}

/** How long the page waits for IndexedDB before it starts from the seed (a blocked database hangs). */
export const READ_TIMEOUT_MS = 2000;

async function readSaved(storage: WorkStorage): Promise<{ value: unknown } | { error: string }> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<{ error: string }>((resolve) => {
    timer = setTimeout(() => resolve({ error: 'the browser’s storage did not answer' }), READ_TIMEOUT_MS);
  });
  try {
    return await Promise.race([storage.read().then((value) => ({ value })), timeout]);
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Decides the starting state. A share link wins over the seed; over saved work only when the saved text
 * is the same or was saved to a file (otherwise `pendingShare`: the user is asked first).
 */
export async function loadStartup(
  seed: string,
  storage: WorkStorage,
  hash: string,
  decode: (
    hash: string,
  ) => ReturnType<typeof decodeShare> | Promise<ReturnType<typeof decodeShare>> = decodeShare,
): Promise<Startup> {
  const saved = await readSaved(storage);
  const record = 'value' in saved ? readRecord(saved.value) : undefined;
  const storageMessage =
    'error' in saved ? `Your earlier work could not be loaded: ${saved.error}.` : undefined;
  const known = record?.revision ?? 0;
  const fromSaved: Startup = record
    ? { source: 'saved', inputs: record.inputs, known, baseline: record.baseline }
    : { source: 'seed', inputs: {}, known, baseline: textHash(seed) };
  if (!isShareFragment(hash)) return storageMessage ? { ...fromSaved, message: storageMessage } : fromSaved;

  const shared = await decode(hash);
  if (!shared.ok) return { ...fromSaved, message: shared.reason };
  const text = shared.inputs.text ?? seed;
  const savedText = record?.inputs.text;
  const unsaved = savedText !== undefined && savedText !== text && textHash(savedText) !== record?.baseline;
  if (unsaved) return { ...fromSaved, pendingShare: shared.inputs };
  return { source: 'shared', inputs: { ...shared.inputs, text }, known, baseline: textHash(text) };
}
