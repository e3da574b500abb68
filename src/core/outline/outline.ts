import { isMap, isSeq } from 'yaml';
import type { Document, Node as YamlNode } from 'yaml';
import type { TextRange } from '../diagnostics/types';
import { locate, pairKey } from '../parse/locate';

/** A selectable part of a PodCliqueSet and where it is written. */
export interface OutlineItem {
  readonly kind: 'podCliqueSet' | 'clique' | 'scalingGroup';
  /** Name as written ('' when the item has none). */
  readonly name: string;
  /** Position in its list (cliques or podCliqueScalingGroups). */
  readonly index: number;
  /** The whole item, for "cursor inside the clique's YAML selects it". */
  readonly range: TextRange;
  /** The `name` value, for "selecting it reveals its YAML". */
  readonly nameRange: TextRange;
}

function rangeOf(node: YamlNode | null | undefined): TextRange | undefined {
  return node?.range ? { start: node.range[0], end: node.range[1] } : undefined;
}

function items(ast: Document, path: readonly (string | number)[], kind: OutlineItem['kind']): OutlineItem[] {
  const found = locate(ast, path);
  if (found.depth !== path.length || !isSeq(found.node)) return [];
  const out: OutlineItem[] = [];
  found.node.items.forEach((item, index) => {
    const range = rangeOf(item as YamlNode);
    if (!range || !isMap(item)) return;
    const namePair = item.items.find((pair) => pairKey(pair) === 'name');
    const nameNode = namePair?.value as YamlNode | undefined;
    const nameRange = rangeOf(nameNode) ?? range;
    const value = nameNode && 'source' in nameNode ? String((nameNode as { source: unknown }).source) : '';
    out.push({ kind, name: value, index, range, nameRange });
  });
  return out;
}

/** The PodCliqueSet, its cliques and its scaling groups with their text ranges. */
export function outlineOf(ast: Document): OutlineItem[] {
  const root = rangeOf(ast.contents) ?? { start: 0, end: 0 };
  const name = locate(ast, ['metadata', 'name']);
  const pcs: OutlineItem = {
    kind: 'podCliqueSet',
    name: '',
    index: 0,
    range: root,
    nameRange: name.depth === 2 ? name.range : root,
  };
  return [
    pcs,
    ...items(ast, ['spec', 'template', 'cliques'], 'clique'),
    ...items(ast, ['spec', 'template', 'podCliqueScalingGroups'], 'scalingGroup'),
  ];
}

/** The innermost outline item whose text contains `offset`. */
export function itemAt(outline: readonly OutlineItem[], offset: number): OutlineItem | undefined {
  let best: OutlineItem | undefined;
  for (const item of outline)
    if (offset >= item.range.start && offset <= item.range.end)
      if (!best || item.range.end - item.range.start < best.range.end - best.range.start) best = item;
  return best;
}
