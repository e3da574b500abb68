import type { TextRange } from '../../../core/diagnostics/types';

/** The list fields whose items name cliques or scaling groups of the same PodCliqueSet. */
export const NAME_LIST_KEYS = {
  cliqueNames: 'cliques',
  startsAfter: 'cliques',
  childCliqueNames: 'cliques',
  childScalingGroupNames: 'scalingGroups',
} as const;

export type NameListKey = keyof typeof NAME_LIST_KEYS;

/** The cursor is on an item of a name list. */
export interface ListContext {
  readonly key: NameListKey;
  /** The name under the cursor (possibly empty), to be replaced by the chosen completion. */
  readonly word: TextRange;
  /** The other items already in the list (the one under the cursor excluded). */
  readonly present: readonly string[];
}

/** How far back (characters) a flow list `[a, b` is looked for, and how many lines a block list may span. */
const FLOW_LOOKBACK = 4000;
const BLOCK_LOOKAROUND = 2000;

const NAME_CHAR = /[A-Za-z0-9._-]/;
const KEY_BEFORE_FLOW = /(?:^|[\s,{])(["']?)([A-Za-z]+)\1\s*:\s*$/;
const KEY_LINE = /^(\s*(?:-\s+)*)(["']?)([A-Za-z]+)\2\s*:\s*(?:#.*)?$/;
const ITEM_PREFIX = /^(\s*)-\s+["']?[A-Za-z0-9._-]*$/;

/** Start of the line holding `offset` (`lastIndexOf` would read a negative start as 0). */
function lineStartOf(text: string, offset: number): number {
  return offset <= 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
}

function isNameListKey(key: string): key is NameListKey {
  return Object.hasOwn(NAME_LIST_KEYS, key);
}

/**
 * Is `offset` on an item of `cliqueNames`, `startsAfter` or a resource-sharing filter list, in flow style
 * (`cliqueNames: [a, b]`) or block style (`- a` lines under the key)? Reads only the text around the cursor,
 * so it stays cheap in a 5 MB manifest.
 */
export function listContextAt(text: string, offset: number): ListContext | undefined {
  const lineStart = lineStartOf(text, offset);
  const before = text.slice(lineStart, offset);
  if (/(^|\s)#/.test(before)) return undefined; // in a comment
  return flowContext(text, offset) ?? blockContext(text, offset, lineStart, before);
}

function wordAt(text: string, offset: number): TextRange {
  let start = offset;
  while (start > 0 && NAME_CHAR.test(text[start - 1]!)) start--;
  let end = offset;
  while (end < text.length && NAME_CHAR.test(text[end]!)) end++;
  return { start, end };
}

function unquote(item: string): string {
  const t = item.trim();
  return /^(["']).*\1$/.test(t) ? t.slice(1, -1) : t;
}

function flowContext(text: string, offset: number): ListContext | undefined {
  let depth = 0;
  let open = -1;
  for (let i = offset - 1; i >= Math.max(0, offset - FLOW_LOOKBACK); i--) {
    const c = text[i];
    if (c === ']') depth++;
    else if (c === '[') {
      if (depth === 0) {
        open = i;
        break;
      }
      depth--;
    } else if (depth === 0 && (c === '{' || c === '}' || (c === ':' && /\s/.test(text[i + 1] ?? ' '))))
      return undefined;
  }
  if (open < 0) return undefined;
  const keyLine = text.slice(lineStartOf(text, open), open);
  const key = KEY_BEFORE_FLOW.exec(keyLine)?.[2];
  if (key === undefined || !isNameListKey(key)) return undefined;
  let close = text.indexOf(']', offset);
  if (close > offset + FLOW_LOOKBACK || /[[{}:]/.test(text.slice(offset, close))) close = -1;
  const body = text.slice(open + 1, close < 0 ? offset : close);
  const word = wordAt(text, offset);
  const present: string[] = [];
  let itemStart = open + 1;
  for (const item of body.split(',')) {
    const itemEnd = itemStart + item.length;
    const name = unquote(item);
    if (name !== '' && !(offset >= itemStart && offset <= itemEnd)) present.push(name);
    itemStart = itemEnd + 1;
  }
  return { key, word, present };
}

interface Line {
  readonly indent: number;
  readonly content: string;
}

function lineAt(text: string, start: number): Line & { readonly end: number } {
  const nl = text.indexOf('\n', start);
  const end = nl < 0 ? text.length : nl;
  const raw = text.slice(start, end).replace(/\r$/, '');
  const content = raw.trimStart();
  return { indent: raw.length - content.length, content, end };
}

function itemName(content: string): string | undefined {
  const m = /^-\s+(["']?)([^"'#\s]+)\1\s*(?:#.*)?$/.exec(content);
  return m?.[2];
}

function blockContext(
  text: string,
  offset: number,
  lineStart: number,
  before: string,
): ListContext | undefined {
  const item = ITEM_PREFIX.exec(before);
  if (!item) return undefined;
  const dash = item[1]!.length;
  const present: string[] = [];
  // Upwards: sibling items (same dash column) and their continuation lines, up to the parent key.
  let key: string | undefined;
  let start = lineStart;
  for (let n = 0; n < BLOCK_LOOKAROUND && start > 0 && key === undefined; n++) {
    start = lineStartOf(text, start - 1);
    const line = lineAt(text, start);
    if (line.content === '' || line.content.startsWith('#') || line.indent > dash) continue;
    if (line.indent === dash && /^-(\s|$)/.test(line.content)) {
      const name = itemName(line.content);
      if (name !== undefined) present.push(name);
      continue;
    }
    const m = KEY_LINE.exec(text.slice(start, line.end).replace(/\r$/, ''));
    if (!m || m[1]!.length > dash) return undefined;
    key = m[3]!;
  }
  if (key === undefined || !isNameListKey(key)) return undefined;
  // Downwards: the siblings after the cursor's line.
  let next = lineAt(text, lineStart).end + 1;
  for (let n = 0; n < BLOCK_LOOKAROUND && next < text.length; n++) {
    const line = lineAt(text, next);
    next = line.end + 1;
    if (line.content === '' || line.content.startsWith('#') || line.indent > dash) continue;
    if (line.indent !== dash || !/^-(\s|$)/.test(line.content)) break;
    const name = itemName(line.content);
    if (name !== undefined) present.push(name);
  }
  return { key, word: wordAt(text, offset), present };
}
