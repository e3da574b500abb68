/**
 * New YAML written by commands, as a small tree whose scalars are already formatted text. It is
 * rendered in the block or flow style of the place it goes to, never through a YAML printer.
 */
export type Tree =
  | { readonly kind: 'scalar'; readonly text: string }
  | { readonly kind: 'map'; readonly entries: readonly (readonly [string, Tree])[]; readonly flow?: boolean }
  | { readonly kind: 'seq'; readonly items: readonly Tree[]; readonly flow?: boolean };

export const scalar = (text: string): Tree => ({ kind: 'scalar', text });
export const map = (entries: readonly (readonly [string, Tree])[], flow?: boolean): Tree =>
  flow === undefined ? { kind: 'map', entries } : { kind: 'map', entries, flow };
export const seq = (items: readonly Tree[], flow?: boolean): Tree =>
  flow === undefined ? { kind: 'seq', items } : { kind: 'seq', items, flow };

/** The layout of the file: how far nested blocks and list items are indented. */
export interface Layout {
  /** Columns a nested mapping is indented under its key. */
  readonly step: number;
  /** Columns a block list's `-` is indented under its key (0 for `key:\n- item`). */
  readonly seqOffset: number;
  /** Columns from a `-` to its item's content (2 for `- name`). */
  readonly itemOffset: number;
}

/** True when the tree renders over several lines (a non-empty block map or list). */
export function isBlock(tree: Tree): boolean {
  if (tree.kind === 'map') return tree.flow !== true && tree.entries.length > 0;
  if (tree.kind === 'seq') return tree.flow !== true && tree.items.length > 0;
  return false;
}

/** `[a, b]`, `{k: v}` or the scalar's text. */
export function renderFlow(tree: Tree): string {
  switch (tree.kind) {
    case 'scalar':
      return tree.text;
    case 'map':
      return tree.entries.length === 0
        ? '{}'
        : `{${tree.entries.map(([k, v]) => `${k}: ${renderFlow(v)}`).join(', ')}}`;
    case 'seq':
      return `[${tree.items.map(renderFlow).join(', ')}]`;
  }
}

const pad = (n: number): string => ' '.repeat(n);

/** Lines of `key: value` at column 0 (nested lines carry their relative indentation). */
export function renderPair(key: string, value: Tree, layout: Layout): string[] {
  if (!isBlock(value)) return [`${key}: ${renderFlow(value)}`];
  if (value.kind === 'map')
    return [`${key}:`, ...renderEntries(value.entries, layout).map((line) => pad(layout.step) + line)];
  const items = value.kind === 'seq' ? value.items : [];
  return [
    `${key}:`,
    ...items
      .flatMap((item) => renderItem(item, layout, layout.itemOffset))
      .map((l) => pad(layout.seqOffset) + l),
  ];
}

function renderEntries(entries: readonly (readonly [string, Tree])[], layout: Layout): string[] {
  return entries.flatMap(([k, v]) => renderPair(k, v, layout));
}

/** Lines of a list item at column 0, its content `itemOffset` columns after the `-`. */
export function renderItem(item: Tree, layout: Layout, itemOffset: number): string[] {
  const dash = '-' + pad(Math.max(1, itemOffset - 1));
  if (item.kind !== 'map' || !isBlock(item)) return [dash + renderFlow(item)];
  const lines = renderEntries(item.entries, layout);
  return lines.map((line, i) => (i === 0 ? dash : pad(dash.length)) + line);
}
