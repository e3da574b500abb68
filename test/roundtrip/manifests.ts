import fc from 'fast-check';
import { isMap, isScalar, isSeq, parseAllDocuments, type Document, type Pair, type YAMLMap } from 'yaml';
import { samples } from '../../src/core/test-support/samples';

/**
 * Random manifests built from Grove's samples: one to three samples in one file, with comments, unknown
 * fields and shuffled keys added at the PodCliqueSet level (root, metadata, spec, template) and inside
 * cliques, and optionally the fields a cluster adds (`kubectl get -o yaml`). What was added is recorded,
 * so a property can check that it survives.
 */

/** Where a decoration went: a PodCliqueSet-level map, or a clique's own map (`clique` names it). */
export interface Place {
  readonly document: number;
  /** `root`, `metadata`, `spec`, `template`, or `clique` / `cliqueSpec` with the clique's name. */
  readonly map: 'root' | 'metadata' | 'spec' | 'template' | 'clique' | 'cliqueSpec';
  readonly clique?: string;
}

export interface Generated {
  readonly text: string;
  /** Comments added (`# note-N`) above a key of a place, in text order. */
  readonly comments: readonly { readonly place: Place; readonly key: string; readonly text: string }[];
  /** Unknown fields added, with their values. */
  readonly unknown: readonly { readonly place: Place; readonly key: string; readonly value: unknown }[];
  /** Whether cluster-filled fields (status, uid, managedFields...) were added to the first PodCliqueSet. */
  readonly clusterFields: boolean;
}

const decoration = fc.record({
  where: fc.nat(1000),
  at: fc.nat(1000),
  what: fc.constantFrom('comment', 'unknown', 'unknownMap', 'shuffle'),
});

export const manifestSpec = fc.record({
  picks: fc.array(fc.nat(samples.length - 1), { minLength: 1, maxLength: 3 }),
  decorations: fc.array(decoration, { maxLength: 10 }),
  clusterFields: fc.boolean(),
});

export type ManifestSpec = typeof manifestSpec extends fc.Arbitrary<infer S> ? S : never;

interface Target {
  readonly place: Place;
  readonly map: YAMLMap;
}

function get(map: unknown, key: string): unknown {
  return isMap(map) ? map.get(key, true) : undefined;
}

/** The maps decorations may go into, in one PodCliqueSet document. */
function targets(doc: Document, document: number): Target[] {
  const root = doc.contents;
  if (!isMap(root) || get(root, 'kind') === undefined || String(root.get('kind')) !== 'PodCliqueSet')
    return [];
  const out: Target[] = [{ place: { document, map: 'root' }, map: root }];
  const metadata = get(root, 'metadata');
  const spec = get(root, 'spec');
  const template = get(spec, 'template');
  if (isMap(metadata)) out.push({ place: { document, map: 'metadata' }, map: metadata });
  if (isMap(spec)) out.push({ place: { document, map: 'spec' }, map: spec });
  if (isMap(template)) out.push({ place: { document, map: 'template' }, map: template });
  const cliques = get(template, 'cliques');
  if (isSeq(cliques))
    for (const item of cliques.items) {
      if (!isMap(item)) continue;
      const named = item.get('name');
      const name = typeof named === 'string' ? named : '';
      out.push({ place: { document, map: 'clique', clique: name }, map: item });
      const cliqueSpec = get(item, 'spec');
      if (isMap(cliqueSpec))
        out.push({ place: { document, map: 'cliqueSpec', clique: name }, map: cliqueSpec });
    }
  return out;
}

/** Fields the API server fills in, as `kubectl get pcs -o yaml` prints them. */
function addClusterFields(doc: Document): void {
  const root = doc.contents as YAMLMap;
  const metadata = root.get('metadata', true) as unknown as YAMLMap;
  metadata.set('uid', '5f6c2e8a-0d1b-4c1e-9a53-2b7d8f2c1e90');
  metadata.set('resourceVersion', '123456');
  metadata.set('generation', 3);
  metadata.set('creationTimestamp', '2026-01-02T03:04:05Z');
  metadata.set('managedFields', [{ manager: 'kubectl-client-side-apply', operation: 'Update' }]);
  root.set('status', { observedGeneration: 3, replicas: 1, availableReplicas: 1 });
}

/** Builds the manifest a spec describes. */
export function buildManifest(spec: ManifestSpec): Generated {
  const docs: Document[] = spec.picks.flatMap((i) =>
    parseAllDocuments(samples[i]!.text).filter(
      (d): d is Document.Parsed => !('empty' in d) && d.contents !== null,
    ),
  );
  const all = docs.flatMap((doc, index) => targets(doc, index));
  const comments: { place: Place; text: string; key: string }[] = [];
  const unknown: { place: Place; key: string; value: unknown }[] = [];
  spec.decorations.forEach((d, n) => {
    const target = all[d.where % Math.max(1, all.length)];
    if (!target) return;
    const items = target.map.items;
    const at = d.at % (items.length + 1);
    if (d.what === 'comment') {
      const pair = items[at % Math.max(1, items.length)];
      if (!pair || !isScalar(pair.key)) return;
      const text = `note-${n}`;
      pair.key.commentBefore = pair.key.commentBefore ? `${pair.key.commentBefore}\n ${text}` : ` ${text}`;
      comments.push({ place: target.place, text, key: String(pair.key.value) });
    } else if (d.what === 'unknown' || d.what === 'unknownMap') {
      const key = `xUnknown${n}`;
      const value = d.what === 'unknown' ? `kept ${n}` : { owner: `team-${n}`, level: n };
      items.splice(at, 0, docs[target.place.document]!.createPair(key, value) as Pair);
      unknown.push({ place: target.place, key, value });
    } else if (items.length > 1) {
      // Rotate the keys: a different, still valid order.
      items.push(...items.splice(0, 1 + (at % (items.length - 1))));
    }
  });
  const firstPcs = docs.findIndex((doc) => targets(doc, 0).length > 0);
  if (spec.clusterFields && firstPcs !== -1) addClusterFields(docs[firstPcs]!);
  // One `---` between documents (a sample's own leading `---` would leave an empty document).
  for (const doc of docs) doc.directives!.docStart = null;
  const text = docs.map((doc) => doc.toString({ lineWidth: 0 })).join('---\n');
  // Comments in text order within each place (the order checks compare like with like).
  const order = (c: { text: string }) => text.indexOf(`# ${c.text}\n`);
  return {
    text,
    comments: comments.sort((a, b) => order(a) - order(b)),
    unknown,
    clusterFields: spec.clusterFields && firstPcs !== -1,
  };
}

export const manifests: fc.Arbitrary<Generated> = manifestSpec.map(buildManifest);
