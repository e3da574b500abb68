import { readInputs, type SavedInputs } from './inputs';

/**
 * What autosave keeps in IndexedDB: one record for "the work" of this browser profile. `revision`
 * counts writes from every tab; a tab writes only over the revision it last saw, so two tabs on the same
 * work never overwrite each other without one of them being told.
 */
export interface SavedRecord {
  readonly format: 1;
  readonly revision: number;
  /** Id of the tab that wrote it. */
  readonly writer: string;
  readonly savedAt: number;
  readonly inputs: SavedInputs;
  /** `textHash` of the text last opened or downloaded: the text is unsaved while its hash differs. */
  readonly baseline: string | null;
}

/** A stored value as a record, or undefined when it is missing or not one (never throws). */
export function readRecord(value: unknown): SavedRecord | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const v = value as Record<string, unknown>;
  if (v['format'] !== 1 || !Number.isSafeInteger(v['revision']) || typeof v['writer'] !== 'string')
    return undefined;
  const inputs = readInputs(v['inputs']);
  if (!inputs) return undefined;
  const complete = inputs as SavedInputs;
  return {
    format: 1,
    revision: v['revision'] as number,
    writer: v['writer'],
    savedAt: typeof v['savedAt'] === 'number' ? v['savedAt'] : 0,
    inputs: complete,
    baseline: typeof v['baseline'] === 'string' ? v['baseline'] : null,
  };
}

/**
 * A short fingerprint of a text (length and FNV-1a): enough to tell "this is the text last saved to a
 * file" without keeping a second copy of a 5 MB text.
 */
export function textHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `${text.length}:${(h >>> 0).toString(16)}`;
}
