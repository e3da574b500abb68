import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { readInputs, type SavedInputs } from './inputs';

/**
 * Share links: the manifest, the cluster settings, the active document, the selection and the graph
 * positions, compressed into the URL fragment. Browsers never send the fragment to a server, so a
 * shared design stays between the people who pass the link around.
 */

export const SHARE_PREFIX = '#share=';

/**
 * The longest fragment a link may have. Browsers accept far longer URLs, but a link is only useful if it
 * survives being pasted: chat tools, issue trackers and e-mail clients cut or refuse messages of some
 * tens of thousands of characters, and an address bar becomes unusable long before. Measured: the seed
 * (3.6 KB) makes a 2.5 KB fragment, all eleven Grove samples in one file (30 KB) 13 KB, a repetitive
 * 216 KB file 42 KB; so 32,000 characters carry hand-written manifests of some 60-150 KB.
 */
export const SHARE_LIMIT = 32_000;

const FORMAT = 1;

export type SharedInputs = Pick<
  SavedInputs,
  'text' | 'activeDocument' | 'cluster' | 'selection' | 'positions'
>;

export type ShareLink =
  | { readonly ok: true; readonly fragment: string }
  | { readonly ok: false; readonly length: number; readonly limit: number };

export function encodeShare(inputs: SharedInputs): ShareLink {
  const { text, activeDocument, cluster, selection, positions } = inputs;
  const json = JSON.stringify({ v: FORMAT, text, activeDocument, cluster, selection, positions });
  const fragment = SHARE_PREFIX + compressToEncodedURIComponent(json);
  return fragment.length <= SHARE_LIMIT
    ? { ok: true, fragment }
    : { ok: false, length: fragment.length, limit: SHARE_LIMIT };
}

export function isShareFragment(hash: string): boolean {
  return hash.startsWith(SHARE_PREFIX);
}

/**
 * The inputs a fragment carries, or a reason it cannot be read (cut short, edited by hand, from a newer
 * version of the designer).
 */
export function decodeShare(
  hash: string,
): { ok: true; inputs: Partial<SharedInputs> } | { ok: false; reason: string } {
  if (!isShareFragment(hash)) return { ok: false, reason: 'This address has no shared design in it.' };
  const broken = {
    ok: false,
    reason: 'The shared link is damaged (it may have been cut short when it was pasted).',
  } as const;
  const json = decompressFromEncodedURIComponent(hash.slice(SHARE_PREFIX.length));
  if (!json) return broken;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return broken;
  }
  if (value === null || typeof value !== 'object' || (value as { v?: unknown }).v !== FORMAT)
    return { ok: false, reason: 'The shared link comes from another version of the designer.' };
  const inputs = readInputs(value);
  if (!inputs) return broken;
  const { text, activeDocument, cluster, selection, positions } = inputs;
  return {
    ok: true,
    inputs: {
      ...(text !== undefined ? { text } : {}),
      ...(activeDocument !== undefined ? { activeDocument } : {}),
      ...(cluster !== undefined ? { cluster } : {}),
      ...(selection !== undefined ? { selection } : {}),
      ...(positions !== undefined ? { positions } : {}),
    },
  };
}
