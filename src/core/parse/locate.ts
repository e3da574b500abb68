import { isAlias, isMap, isPair, isScalar, isSeq, Scalar } from 'yaml';
import type { Document, Node as YamlNode, Pair } from 'yaml';
import type { Locator, TextRange } from '../diagnostics/types';
import { keyText, resolvePlainKubectl } from './scalars';

/** The text of a mapping key as kubectl reads it (`yes:` is the key "true"). */
export function pairKey(pair: Pair): string | undefined {
  const key = pair.key;
  if (key === null || key === undefined) return 'null';
  if (!isScalar(key)) return undefined;
  const raw = key.source as unknown;
  const source = typeof raw === 'string' ? raw : String(key.value);
  return key.type === Scalar.PLAIN ? keyText(resolvePlainKubectl(source)) : source;
}

export interface Located {
  /** The node at the locator, or at its nearest present ancestor. */
  readonly node: YamlNode | null;
  /** Range of that node's value (an empty range at the key's end for a key without a value). */
  readonly range: TextRange;
  /** Range of the mapping key holding it, when the last segment found is a mapping key. */
  readonly keyRange?: TextRange;
  /** How many segments of the locator were found. */
  readonly depth: number;
  /** The pair holding the node, when it is a mapping value. */
  readonly pair?: Pair;
}

function rangeOf(node: YamlNode | null | undefined): TextRange | undefined {
  const r = node?.range;
  return r ? { start: r[0], end: r[1] } : undefined;
}

function follow(doc: Document, node: unknown): unknown {
  let current = node;
  for (let hops = 0; isAlias(current) && hops < 64; hops++) current = current.resolve(doc);
  return current;
}

/**
 * Finds the text range of a field path in a parsed document. Missing segments stop the walk at the
 * nearest present ancestor, so a finding about an absent field points at the mapping that lacks it.
 */
export function locate(doc: Document, at: Locator): Located {
  const root = follow(doc, doc.contents) as YamlNode | null;
  const docRange = doc.range;
  let result: Located = {
    node: root,
    range: rangeOf(root) ?? { start: docRange?.[0] ?? 0, end: docRange?.[1] ?? 0 },
    depth: 0,
  };
  let current: unknown = root;
  for (let i = 0; i < at.length; i++) {
    const segment = at[i]!;
    if (isMap(current) && typeof segment === 'string') {
      const pair = current.items.find((p) => pairKey(p) === segment);
      if (!pair) break;
      const keyRange = rangeOf(pair.key as YamlNode) ?? result.range;
      const value = follow(doc, pair.value) as YamlNode | null;
      const range = rangeOf(value) ?? { start: keyRange.end, end: keyRange.end };
      result = { node: value, range, keyRange, depth: i + 1, pair };
      current = value;
    } else if (isSeq(current) && typeof segment === 'number') {
      const item = current.items[segment];
      if (item === undefined) break;
      const value = follow(doc, item) as YamlNode | null;
      const range = rangeOf(value) ?? result.range;
      result = { node: value, range, depth: i + 1 };
      current = value;
    } else break;
  }
  return result;
}

/** Every field path present in a document with its range (for tests and the editor's outline). */
export function* allPaths(
  doc: Document,
): Generator<{ path: Locator; range: TextRange; keyRange?: TextRange }> {
  const stack: { node: unknown; path: Locator; depth: number }[] = [
    { node: doc.contents, path: [], depth: 0 },
  ];
  while (stack.length > 0) {
    const { node, path, depth } = stack.pop()!;
    if (depth > 100) continue;
    if (isMap(node)) {
      for (let i = node.items.length - 1; i >= 0; i--) {
        const pair = node.items[i]!;
        if (!isPair(pair)) continue;
        const key = pairKey(pair);
        if (key === undefined) continue;
        const sub = [...path, key];
        const keyRange = rangeOf(pair.key as YamlNode);
        const valueRange = rangeOf(pair.value as YamlNode) ?? keyRange;
        if (valueRange) yield { path: sub, range: valueRange, ...(keyRange ? { keyRange } : {}) };
        stack.push({ node: pair.value, path: sub, depth: depth + 1 });
      }
    } else if (isSeq(node)) {
      for (let i = node.items.length - 1; i >= 0; i--) {
        const item = node.items[i];
        const sub = [...path, i];
        const range = rangeOf(item as YamlNode);
        if (range) yield { path: sub, range };
        stack.push({ node: item, path: sub, depth: depth + 1 });
      }
    }
  }
}

/** Formats a locator as Grove writes paths: `spec.template.cliques[3].name`. */
export function formatPath(at: Locator): string {
  let out = '';
  for (const segment of at) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? segment : `.${segment}`;
  }
  return out;
}
