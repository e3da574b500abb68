import type { CliqueTemplate, GroupLayout, Layout } from '../expand/layout';
import type { NameKind, NamePart, NameRole } from './anatomy';

/**
 * Name shapes and a matcher for them, used by the decoder. A shape is the sequence of parts a kind of
 * name is made of, with the model's own names as literals (`mn-disagg`, `vision-encoder`), so a name
 * is read by matching those literals, never by splitting on `-`.
 */

export type IndexRole = 'pcsIndex' | 'scalingGroupIndex' | 'scaledGangIndex' | 'podIndex';

export type Token =
  | { readonly t: 'lit'; readonly text: string; readonly role: NameRole }
  | { readonly t: 'index'; readonly role: IndexRole }
  | { readonly t: 'suffix' };

export interface Shape {
  readonly kind: NameKind;
  readonly tokens: readonly Token[];
  readonly clique?: CliqueTemplate;
  readonly group?: GroupLayout;
}

const SEP: Token = { t: 'lit', text: '-', role: 'separator' };
const index = (role: IndexRole): Token => ({ t: 'index', role });
const lit = (text: string, role: NameRole): Token => ({ t: 'lit', text, role });

/** Every shape a name generated from this layout can take (a few per clique and group). */
export function shapesOf(layout: Layout): Shape[] {
  const replica = [lit(layout.pcs, 'pcs'), SEP, index('pcsIndex')];
  const shapes: Shape[] = [{ kind: 'podGang', tokens: replica }];
  const podLevel = (kind: NameKind, base: Token[], clique: CliqueTemplate, group?: GroupLayout) => {
    const at = { clique, ...(group ? { group } : {}) };
    shapes.push(
      { kind, tokens: base, ...at },
      { kind: 'hostname', tokens: [...base, SEP, index('podIndex')], ...at },
      { kind: 'pod', tokens: [...base, SEP, { t: 'suffix' }], ...at },
    );
  };
  for (const clique of layout.templates)
    podLevel('podClique', [...replica, SEP, lit(clique.name, 'clique')], clique);
  for (const group of layout.groups) {
    const pcsg = [...replica, SEP, lit(group.name, 'scalingGroup')];
    shapes.push({ kind: 'scalingGroup', tokens: pcsg, group });
    shapes.push({ kind: 'podGang', tokens: [...pcsg, SEP, index('scaledGangIndex')], group });
    for (const clique of layout.templates)
      podLevel(
        'podClique',
        [...pcsg, SEP, index('scalingGroupIndex'), SEP, lit(clique.name, 'clique')],
        clique,
        group,
      );
  }
  return shapes;
}

export interface Matched {
  readonly ok: true;
  readonly parts: NamePart[];
  readonly values: Partial<Record<IndexRole | 'suffix', string>>;
  /** Partial match: the text ended inside the shape (a pod name whose prefix the API server cut). */
  readonly cut: boolean;
}

export interface Missed {
  readonly ok: false;
  /** Where the text stopped matching. */
  readonly pos: number;
  /** The token expected there, or undefined when the shape ended before the text. */
  readonly expected?: Token;
}

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

/**
 * Matches `text` against a shape. With `partial`, the text may end anywhere inside the shape: the
 * part it ends in is marked truncated, and an index it ends in is left out of `values` (it may be cut).
 */
export function match(tokens: readonly Token[], text: string, partial = false, offset = 0): Matched | Missed {
  const parts: NamePart[] = [];
  const values: Matched['values'] = {};
  const part = (t: string, role: NameRole, pos: number, truncated = false): NamePart => ({
    text: t,
    role,
    start: offset + pos,
    end: offset + pos + t.length,
    ...(truncated ? { truncated } : {}),
  });
  let pos = 0;
  for (const token of tokens) {
    if (partial && pos >= text.length) return { ok: true, parts, values, cut: true };
    if (token.t === 'lit') {
      if (text.startsWith(token.text, pos)) {
        parts.push(part(token.text, token.role, pos));
        pos += token.text.length;
        continue;
      }
      const rest = text.slice(pos);
      if (partial && token.text.startsWith(rest)) {
        parts.push(part(rest, token.role, pos, true));
        return { ok: true, parts, values, cut: true };
      }
      return { ok: false, pos, expected: token };
    }
    if (token.t === 'index') {
      let end = pos;
      while (isDigit(text[end])) end++;
      if (end === pos) return { ok: false, pos, expected: token };
      const digits = text.slice(pos, end);
      if (partial && end === text.length) {
        parts.push(part(digits, token.role, pos, true));
        return { ok: true, parts, values, cut: true };
      }
      parts.push(part(digits, token.role, pos));
      values[token.role] = digits;
      pos = end;
      continue;
    }
    if (pos >= text.length) return { ok: false, pos, expected: token };
    parts.push(part(text.slice(pos), 'suffix', pos));
    values.suffix = text.slice(pos);
    pos = text.length;
  }
  if (pos !== text.length) return { ok: false, pos };
  return { ok: true, parts, values, cut: false };
}
