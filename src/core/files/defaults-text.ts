import { isMap, isScalar, isSeq } from 'yaml';
import type { Pair, YAMLMap } from 'yaml';
import { applyDefaults, type Defaulted } from '../defaults/defaults';
import type { Locator, TextEdit } from '../diagnostics/types';
import type { EditContext } from '../edit/context';
import { insertPair, replaceValue, type Placement } from '../edit/map-ops';
import { PLACE } from '../edit/placements';
import { EditRefused } from '../edit/refuse';
import { map, scalar, seq, type Tree } from '../edit/render';
import { formatString } from '../edit/scalar-text';
import { Source } from '../edit/source';
import { GROVE_API_VERSION } from '../model/types';
import { pairKey } from '../parse/locate';
import { parseManifest, type ParsedManifest } from '../parse/parse';
import { contextFor, joinTouching } from './splice';

/** A default written into the text. */
export interface WrittenDefault {
  readonly document: number;
  readonly path: string;
  readonly value: unknown;
}

export interface DefaultsResult {
  /** Offsets in the text, sorted, touching ones joined: one splice, one undo step. */
  readonly edits: readonly TextEdit[];
  readonly written: readonly WrittenDefault[];
  /** Defaults that could not be written (an alias or a layout the splicer refuses on the way). */
  readonly skipped: readonly { readonly document: number; readonly path: string; readonly reason: string }[];
}

/** The order keys get when several land at the same place (the order of Grove's samples and docs). */
const KEY_ORDER = [
  'name',
  'namespace',
  'roleName',
  'startsAfter',
  'replicas',
  'minAvailable',
  'minReplicas',
  'updateStrategy',
  'type',
  'terminationDelay',
  'headlessServiceConfig',
  'publishNotReadyAddresses',
  'cliqueStartupType',
  'restartPolicy',
  'terminationGracePeriodSeconds',
];

function orderOf(key: string): number {
  const i = KEY_ORDER.indexOf(key);
  return i === -1 ? KEY_ORDER.length : i;
}

/** Where a key goes in the mapping at `parent` (a locator into the PodCliqueSet). */
function placementFor(parent: Locator, key: string): Placement {
  const last = parent[parent.length - 1];
  const shape = parent.map((s) => (typeof s === 'number' ? '#' : s)).join('.');
  const pick = (table: Readonly<Record<string, Placement>>): Placement => table[key] ?? {};
  if (shape === 'metadata') return key === 'namespace' ? { after: ['name'] } : {};
  if (shape === 'spec')
    return key === 'updateStrategy' ? { after: ['replicas'], before: ['template'] } : pick(PLACE.spec);
  if (shape === 'spec.template') {
    if (key === 'cliqueStartupType') return PLACE.template.cliqueStartupType;
    return { before: ['cliqueStartupType', 'cliques', 'podCliqueScalingGroups'] };
  }
  if (shape === 'spec.template.cliques.#.spec') {
    if (key === 'roleName') return { before: ['startsAfter', 'replicas', 'minAvailable', 'podSpec'] };
    return pick(PLACE.cliqueSpec);
  }
  if (shape === 'spec.template.podCliqueScalingGroups.#') return pick(PLACE.group);
  if (last === 'autoScalingConfig' || last === 'scaleConfig') return pick(PLACE.autoscaling);
  return {};
}

/** A JSON value as new YAML text (strings stay strings under YAML 1.1 and 1.2). */
function treeOf(value: unknown): Tree {
  if (typeof value === 'string') return scalar(formatString(value, 'plain'));
  if (typeof value === 'number' || typeof value === 'boolean') return scalar(String(value));
  if (Array.isArray(value)) return seq(value.map(treeOf));
  if (value !== null && typeof value === 'object')
    return map(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, treeOf(v)] as const));
  return scalar('null');
}

/** Where a default lands in the text: an existing entry to rewrite, or a mapping to add a key to. */
type Target =
  | { readonly kind: 'replace'; readonly pair: Pair }
  | { readonly kind: 'insert'; readonly map: YAMLMap; readonly parent: Locator; readonly key: string };

function targetOf(root: unknown, at: Locator): Target | string {
  let node = root;
  let pair: Pair | undefined;
  for (let i = 0; i < at.length; i++) {
    const segment = at[i]!;
    if (isMap(node) && typeof segment === 'string') {
      const found = node.items.find((p) => pairKey(p) === segment);
      if (!found) {
        if (i !== at.length - 1) return 'a mapping on the way is missing';
        return { kind: 'insert', map: node, parent: at.slice(0, i), key: segment };
      }
      pair = found;
      node = found.value;
    } else if (isSeq(node) && typeof segment === 'number' && node.items[segment] !== undefined) {
      pair = undefined;
      node = node.items[segment];
    } else return 'the text has another shape here (an alias or a value of another type)';
  }
  if (pair && (node === null || node === undefined || isScalar(node))) return { kind: 'replace', pair };
  return 'the value is already written';
}

interface Insert {
  readonly key: string;
  readonly parent: Locator;
  readonly value: unknown;
  readonly defaulted: Defaulted;
}

function writeDocument(
  ctx: EditContext,
  root: unknown,
  document: number,
  defaulted: readonly Defaulted[],
  written: WrittenDefault[],
  skipped: { document: number; path: string; reason: string }[],
): void {
  const inserts = new Map<YAMLMap, Insert[]>();
  const replaces: { pair: Pair; d: Defaulted }[] = [];
  for (const d of defaulted) {
    const target = targetOf(root, d.at);
    if (typeof target === 'string') skipped.push({ document, path: d.path, reason: target });
    else if (target.kind === 'replace') replaces.push({ pair: target.pair, d });
    else {
      const list = inserts.get(target.map) ?? [];
      list.push({ key: target.key, parent: target.parent, value: d.value, defaulted: d });
      inserts.set(target.map, list);
    }
  }
  const attempt = (d: Defaulted, write: () => void) => {
    const before = ctx.edits.length;
    try {
      write();
      written.push({ document, path: d.path, value: d.value });
    } catch (error) {
      if (!(error instanceof EditRefused)) throw error;
      ctx.edits.length = before;
      skipped.push({ document, path: d.path, reason: error.message });
    }
  };
  for (const { pair, d } of replaces) attempt(d, () => replaceValue(ctx, pair, treeOf(d.value)));
  // Deeper mappings first: an insertion at the end of a nested mapping must come before a key of its
  // parent inserted at the same offset, or the nested lines would land under the parent's new key.
  const groups = [...inserts].sort(([, a], [, b]) => b[0]!.parent.length - a[0]!.parent.length);
  for (const [target, group] of groups) {
    group.sort((a, b) => orderOf(a.key) - orderOf(b.key));
    for (const insert of group)
      attempt(insert.defaulted, () =>
        insertPair(ctx, target, insert.key, treeOf(insert.value), placementFor(insert.parent, insert.key)),
      );
  }
}

/**
 * The edits that write Grove's defaults explicitly into every PodCliqueSet of the text: what the CRD
 * and the defaulting webhook would fill in (`applyDefaults`), added where Grove's samples put such keys.
 * Existing bytes are kept; only new lines (or an empty value replaced) appear.
 */
export function writeDefaults(text: string, parsed: ParsedManifest = parseManifest(text)): DefaultsResult {
  if (parsed.text !== text) return writeDefaults(text);
  const source = new Source(text);
  const edits: TextEdit[] = [];
  const written: WrittenDefault[] = [];
  const skipped: { document: number; path: string; reason: string }[] = [];
  for (const doc of parsed.documents) {
    if (doc.broken || doc.apiVersion !== GROVE_API_VERSION || doc.kind !== 'PodCliqueSet') continue;
    const { defaulted } = applyDefaults(doc.value);
    if (defaulted.length === 0) continue;
    const ctx = contextFor(text, doc.ast, source);
    writeDocument(ctx, doc.ast.contents, doc.index, defaulted, written, skipped);
    edits.push(...ctx.edits);
  }
  return { edits: joinTouching(edits), written, skipped };
}
