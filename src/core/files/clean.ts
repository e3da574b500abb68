import { isMap, isScalar, isSeq } from 'yaml';
import type { Pair, YAMLMap } from 'yaml';
import type { TextEdit } from '../diagnostics/types';
import type { EditContext } from '../edit/context';
import { flowRemove } from '../edit/flow-ops';
import { EditRefused } from '../edit/refuse';
import { Source } from '../edit/source';
import { pairSpan } from '../edit/spans';
import { pairKey } from '../parse/locate';
import { parseManifest, type ParsedManifest } from '../parse/parse';
import { contextFor, joinTouching } from './splice';

/**
 * "Clean for apply": what `kubectl get -o yaml` adds to an object that a manifest to apply must not
 * carry. The API server and controllers own these fields; sent back, `resourceVersion` makes the apply
 * fail on a conflict and `uid` names an object that does not exist in another cluster.
 */
export const SERVER_METADATA = [
  'managedFields',
  'resourceVersion',
  'uid',
  'creationTimestamp',
  'generation',
  'selfLink',
  'deletionTimestamp',
  'deletionGracePeriodSeconds',
] as const;

/** Annotations written by tools, not by the author. */
export const TOOL_ANNOTATIONS = ['kubectl.kubernetes.io/last-applied-configuration'] as const;

/** Finalizers Grove's operator adds itself (REFERENCE (d)); a manifest that carries them may hang deletion. */
const GROVE_FINALIZER_PREFIX = 'grove.io/';

export interface CleanedField {
  /** Index of the document (as `parseManifest` numbers them). */
  readonly document: number;
  /** Dotted path of the removed field (`metadata.managedFields`; `items[0].status` inside a List). */
  readonly path: string;
}

export interface CleanResult {
  /** Offsets in the text, sorted, touching ones joined: one splice, one undo step. */
  readonly edits: readonly TextEdit[];
  readonly removed: readonly CleanedField[];
  /** Documents that could not be cleaned (YAML errors, a layout the splicer refuses), with the reason. */
  readonly skipped: readonly { readonly document: number; readonly reason: string }[];
}

function pairOf(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((p) => pairKey(p) === key);
}

function stringItems(value: unknown): string[] | undefined {
  if (!isSeq(value)) return undefined;
  const out: string[] = [];
  for (const item of value.items) {
    if (!isScalar(item) || typeof item.value !== 'string') return undefined;
    out.push(item.value);
  }
  return out;
}

/** Keys of `metadata` to remove, and whether `annotations` loses all its entries. */
function metadataKeys(metadata: YAMLMap): { keys: string[]; annotations: string[] } {
  const keys: string[] = SERVER_METADATA.filter((k) => pairOf(metadata, k));
  const finalizers = stringItems(pairOf(metadata, 'finalizers')?.value);
  if (finalizers && finalizers.length > 0 && finalizers.every((f) => f.startsWith(GROVE_FINALIZER_PREFIX)))
    keys.push('finalizers');
  const annotationsMap = pairOf(metadata, 'annotations')?.value;
  const annotations = isMap(annotationsMap) ? TOOL_ANNOTATIONS.filter((k) => pairOf(annotationsMap, k)) : [];
  if (isMap(annotationsMap) && annotations.length > 0 && annotations.length === annotationsMap.items.length)
    return { keys: [...keys, 'annotations'], annotations: [] };
  return { keys, annotations };
}

/** Removes entries of one mapping; removing every entry removes the mapping's own entry instead. */
function removeKeys(ctx: EditContext, map: YAMLMap, keys: readonly string[]): void {
  const indices = map.items.flatMap((p, i) => (keys.includes(pairKey(p) ?? '') ? [i] : []));
  if (indices.length === 0) return;
  if (map.flow) {
    flowRemove(ctx, map, indices);
    return;
  }
  for (const index of indices) {
    const span = pairSpan(ctx.src, map, index);
    if (!span.leadsLine)
      throw new EditRefused('An entry shares its line with another; edit the text directly.');
    ctx.deleteLines(span);
  }
}

class Cleaner {
  readonly removed: CleanedField[] = [];

  constructor(
    private readonly ctx: EditContext,
    private readonly document: number,
  ) {}

  /** Cleans one Kubernetes object (a mapping with `kind`); a `List` also cleans its items. */
  object(map: YAMLMap, prefix: string): void {
    const metadata = pairOf(map, 'metadata')?.value;
    const top: string[] = pairOf(map, 'status') ? ['status'] : [];
    if (isMap(metadata)) {
      const { keys, annotations } = metadataKeys(metadata);
      if (keys.length > 0 && keys.length === metadata.items.length) top.push('metadata');
      else {
        removeKeys(this.ctx, metadata, keys);
        this.note(keys.map((k) => `${prefix}metadata.${k}`));
        const annotationsMap = pairOf(metadata, 'annotations')?.value;
        if (isMap(annotationsMap) && annotations.length > 0) {
          removeKeys(this.ctx, annotationsMap, annotations);
          this.note(annotations.map((k) => `${prefix}metadata.annotations.${k}`));
        }
      }
    }
    removeKeys(this.ctx, map, top);
    this.note(top.map((k) => `${prefix}${k}`));
    const items = pairOf(map, 'items')?.value;
    if (isSeq(items))
      items.items.forEach((item, i) => {
        if (isMap(item) && pairOf(item, 'kind')) this.object(item, `${prefix}items[${i}].`);
      });
  }

  private note(paths: readonly string[]): void {
    for (const path of paths) this.removed.push({ document: this.document, path });
  }
}

/**
 * The edits that strip server-side fields (`status`, `metadata.managedFields`, `resourceVersion`, `uid`,
 * `creationTimestamp`, `generation`, kubectl's last-applied annotation, Grove's own finalizer...) from
 * every object in the text. Only the removed entries' lines change; every other byte stays.
 */
export function cleanForApply(text: string, parsed: ParsedManifest = parseManifest(text)): CleanResult {
  if (parsed.text !== text) return cleanForApply(text);
  const source = new Source(text);
  const edits: TextEdit[] = [];
  const removed: CleanedField[] = [];
  const skipped: { document: number; reason: string }[] = [];
  for (const doc of parsed.documents) {
    if (doc.broken) {
      skipped.push({ document: doc.index, reason: 'it has YAML errors' });
      continue;
    }
    const root = doc.ast.contents;
    if (!isMap(root) || !pairOf(root, 'kind')) continue;
    const ctx = contextFor(text, doc.ast, source);
    const cleaner = new Cleaner(ctx, doc.index);
    try {
      cleaner.object(root, '');
    } catch (error) {
      if (!(error instanceof EditRefused)) throw error;
      skipped.push({ document: doc.index, reason: error.message });
      continue;
    }
    edits.push(...ctx.edits);
    removed.push(...cleaner.removed);
  }
  return { edits: joinTouching(edits), removed, skipped };
}
