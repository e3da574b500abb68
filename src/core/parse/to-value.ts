import { isAlias, isMap, isPair, isScalar, isSeq, Scalar } from 'yaml';
import type { Alias, Node as YamlNode, Document } from 'yaml';
import type { Finding } from '../diagnostics/types';
import { formatPath } from './locate';
import { describeScalar, keyText, readPlainScalar, type ScalarValue } from './scalars';

/** Nesting deeper than this is refused: no PodCliqueSet needs more than about twenty levels. */
export const MAX_DEPTH = 500;
/** Alias expansion past this many nodes (and ten times the written nodes) is refused, as go-yaml does. */
export const MAX_EXPANDED_NODES = 200_000;

/** A JSON-like object with no prototype, so keys such as `__proto__` are ordinary data. */
export type PlainObject = Record<string, unknown>;

export function plainObject(): PlainObject {
  return Object.create(null) as PlainObject;
}

export interface ScalarNote {
  /** Where the scalar sits, as kubectl would see the path. */
  readonly at: readonly (string | number)[];
  readonly source: string;
  readonly kubectl: ScalarValue;
  readonly core: ScalarValue;
  readonly isKey: boolean;
}

export interface ConversionResult {
  /** The document as kubectl sends it to the API server (JSON-like; objects have no prototype). */
  readonly value: unknown;
  /** Scalars that kubectl (YAML 1.1) and YAML 1.2 tools read differently. */
  readonly scalarNotes: ScalarNote[];
  /** Problems that make the document unusable (alias bombs, nesting too deep, unsupported keys). */
  readonly fatal: Finding[];
  /** Problems that keep the document usable (duplicate keys, unknown tags). */
  readonly findings: Finding[];
  /** Nodes written in the text (aliases count once). */
  readonly writtenNodes: number;
}

class Fatal extends Error {}

/**
 * Converts an eemeli/yaml document into the value kubectl would send, without ever expanding aliases
 * into copies: an alias yields the same JS value as its anchor, and expansion size is only counted.
 */
export function toKubectlValue(doc: Document.Parsed): ConversionResult {
  const scalarNotes: ScalarNote[] = [];
  const fatal: Finding[] = [];
  const findings: Finding[] = [];
  const values = new Map<YamlNode, unknown>();
  const inProgress = new Set<YamlNode>();
  const sizes = new Map<YamlNode, number>();
  let written = 0;
  let expanded = 0;

  const resolveAlias = (alias: Alias): YamlNode | undefined => {
    const target = alias.resolve(doc);
    return target ?? undefined;
  };

  const scalarValue = (node: Scalar, at: (string | number)[], isKey: boolean): ScalarValue => {
    const raw = node.source as unknown;
    const source = typeof raw === 'string' ? raw : String(node.value);
    if (node.type !== Scalar.PLAIN) return source;
    const tag = node.tag;
    if (tag && tag !== '!') {
      const name = tag.replace(/^tag:yaml\.org,2002:/, '!!');
      switch (name) {
        case '!!str':
          return source;
        case '!!null':
          return null;
        case '!!bool':
        case '!!int':
        case '!!float': {
          const { value } = readPlainScalar(source);
          return value;
        }
        default:
          findings.push({
            code: 'yaml-unknown-tag',
            path: formatPath(at),
            at: [...at],
            message: `The tag ${tag} is not a standard YAML tag; kubectl reads this value as the text ${JSON.stringify(source)}.`,
          });
          return source;
      }
    }
    const read = readPlainScalar(source);
    if (read.differs)
      scalarNotes.push({
        at: isKey ? [...at, keyText(read.value)] : [...at],
        source,
        kubectl: read.value,
        core: read.core,
        isKey,
      });
    return read.value;
  };

  const sizeOf = (node: YamlNode | null | undefined, depth: number): number => {
    if (!node) return 1;
    const cached = sizes.get(node);
    if (cached !== undefined) return cached;
    if (depth > MAX_DEPTH) return 1;
    let size = 1;
    if (isAlias(node)) size = sizeOf(resolveAlias(node), depth + 1);
    else if (isMap(node) || isSeq(node))
      for (const item of node.items) {
        if (isPair(item)) size += sizeOf(item.value as YamlNode | null, depth + 1);
        else size += sizeOf(item as YamlNode, depth + 1);
        if (size > MAX_EXPANDED_NODES * 10) break;
      }
    sizes.set(node, size);
    return size;
  };

  const convert = (node: unknown, at: (string | number)[], depth: number): unknown => {
    if (node === null || node === undefined) return null;
    if (depth > MAX_DEPTH) {
      fatal.push({
        code: 'yaml-too-deep',
        path: formatPath(at),
        at: [...at],
        message: `The document nests more than ${MAX_DEPTH} levels deep; no PodCliqueSet needs that, so it is not read further.`,
      });
      throw new Fatal();
    }
    if (isAlias(node)) {
      const target = resolveAlias(node);
      if (!target) return null;
      if (inProgress.has(target)) {
        fatal.push({
          code: 'yaml-alias-cycle',
          path: formatPath(at),
          at: [...at],
          message: `The alias *${node.source} refers to a value that contains it; kubectl cannot read a value that contains itself.`,
        });
        throw new Fatal();
      }
      expanded += sizeOf(target, depth);
      if (expanded > MAX_EXPANDED_NODES && expanded > written * 10) {
        fatal.push({
          code: 'yaml-alias-bomb',
          path: formatPath(at),
          at: [...at],
          message: `Aliases here expand to more than ${MAX_EXPANDED_NODES.toLocaleString('en-US')} values ("billion laughs"); kubectl refuses such documents as excessive aliasing.`,
        });
        throw new Fatal();
      }
      return values.has(target) ? values.get(target) : convert(target, at, depth + 1);
    }
    const yamlNode = node as YamlNode;
    written++;
    inProgress.add(yamlNode);
    let result: unknown;
    if (isScalar(yamlNode)) {
      result = scalarValue(yamlNode, at, false);
    } else if (isMap(yamlNode)) {
      const object = plainObject();
      const seen = new Set<string>();
      for (const pair of yamlNode.items) {
        const keyNode = pair.key;
        let key: string;
        if (keyNode === null || keyNode === undefined) key = 'null';
        else if (isScalar(keyNode)) key = keyText(scalarValue(keyNode, at, true));
        else {
          fatal.push({
            code: 'yaml-complex-key',
            path: formatPath(at),
            at: [...at],
            message:
              'A mapping key here is itself a mapping or a list; Kubernetes objects only have text keys.',
          });
          throw new Fatal();
        }
        if (key === '<<' && isScalar(keyNode) && keyNode.type === Scalar.PLAIN) {
          mergeInto(object, convert(pair.value, at, depth + 1));
          continue;
        }
        at.push(key);
        if (seen.has(key))
          findings.push({
            code: 'duplicate-field',
            path: formatPath(at),
            at: [...at],
            onKey: true,
            message: `The field "${key}" appears twice in this mapping; kubectl's strict validation refuses duplicate fields.`,
          });
        seen.add(key);
        object[key] = convert(pair.value, at, depth + 1);
        at.pop();
      }
      result = object;
    } else if (isSeq(yamlNode)) {
      const list: unknown[] = [];
      yamlNode.items.forEach((item, index) => {
        at.push(index);
        list.push(convert(item, at, depth + 1));
        at.pop();
      });
      result = list;
    } else {
      result = null;
    }
    values.set(yamlNode, result);
    inProgress.delete(yamlNode);
    return result;
  };

  let value: unknown;
  try {
    value = convert(doc.contents, [], 0);
  } catch (error) {
    if (!(error instanceof Fatal)) throw error;
    value = null;
  }
  return { value, scalarNotes, fatal, findings, writtenNodes: written };
}

/** YAML merge keys (`<<: *base`): keys already present win, as go-yaml does. */
function mergeInto(target: PlainObject, source: unknown): void {
  const sources = Array.isArray(source) ? source : [source];
  for (const item of sources) {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) continue;
    for (const [key, value] of Object.entries(item as PlainObject)) if (!(key in target)) target[key] = value;
  }
}

export function scalarNoteMessage(note: ScalarNote): string {
  const what = note.isKey ? 'key' : 'value';
  return (
    `kubectl reads the ${what} ${note.source} as ${describeScalar(note.kubectl)} (YAML 1.1), ` +
    `while YAML 1.2 tools read it as ${describeScalar(note.core)}.`
  );
}
