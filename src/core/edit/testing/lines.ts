/**
 * Test helpers (pure; only this folder's tests import them): which lines of the old text a splice
 * touches, and which lines a node occupies.
 */
import type { TextEdit } from '../../diagnostics/types';
import { locate } from '../../parse/locate';
import { parseManifest, type ParsedManifest } from '../../parse/parse';
import type { Locator } from '../../diagnostics/types';

const cache = new Map<string, ParsedManifest>();

/** `parseManifest`, remembered per text (the sample tables ask about the same text many times). */
export function parsedOnce(text: string): ParsedManifest {
  let parsed = cache.get(text);
  if (!parsed) {
    parsed = parseManifest(text);
    cache.set(text, parsed);
  }
  return parsed;
}

function lineOf(text: string, offset: number): number {
  let line = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * 0-based numbers of the old lines whose text an edit changes. Whole lines inserted at a line start
 * (or after the last line of a text that ends without a line break) touch no old line.
 */
export function touchedLines(text: string, edits: readonly TextEdit[]): Set<number> {
  const out = new Set<number>();
  const open = text.length > 0 && !text.endsWith('\n');
  const add = (from: number, to: number) => {
    for (let l = from; l <= to; l++) out.add(l);
  };
  for (const { range, text: inserted } of edits) {
    const { start, end } = range;
    const atLineStart = start === 0 || text[start - 1] === '\n';
    const breakAt = (at: number) => text[at] === '\n' || text.startsWith('\r\n', at);
    if (start === end) {
      if (atLineStart && inserted.endsWith('\n')) continue;
      if (open && start === text.length && /^\r?\n/.test(inserted)) continue;
      add(lineOf(text, start), lineOf(text, start));
    } else if (open && end === text.length && inserted === '' && breakAt(start)) {
      add(lineOf(text, start) + 1, lineOf(text, end));
    } else add(lineOf(text, start), lineOf(text, end - 1));
  }
  return out;
}

/**
 * Lines of the node at `at` in document 0, from its key (or `-`) line to its last non-blank line,
 * with `above` extra lines before it (for comments that go with a removed entry).
 */
export function nodeLines(text: string, at: Locator, above = 0, docIndex = 0): Set<number> {
  const doc = parsedOnce(text).documents[docIndex]!;
  const found = locate(doc.ast, at);
  if (found.depth !== at.length) throw new Error(`No node at ${at.join('.')}`);
  const from = found.keyRange?.start ?? found.range.start;
  let to = found.range.end;
  while (to > from && /\s/.test(text[to - 1]!)) to--;
  const out = new Set<number>();
  for (let l = lineOf(text, from) - above; l <= lineOf(text, Math.max(from, to - 1)); l++) out.add(l);
  return out;
}

/** Number of comment lines right above a line (they are removed with the entry below them). */
export function commentLinesAbove(text: string, line: number): number {
  const lines = text.split('\n');
  let n = 0;
  while (line - n - 1 >= 0 && lines[line - n - 1]!.trim().startsWith('#')) n++;
  return n;
}

export function lineAt(text: string, at: Locator, docIndex = 0): number {
  const doc = parsedOnce(text).documents[docIndex]!;
  const found = locate(doc.ast, at);
  return lineOf(text, found.keyRange?.start ?? found.range.start);
}
