import { parseAllDocuments } from 'yaml';
import type { Document } from 'yaml';
import type { Finding, TextRange } from '../diagnostics/types';
import { LineIndex } from './lines';
import { toKubectlValue, type ScalarNote } from './to-value';

/** A YAML problem the parser found at a known place in the text. */
export interface YamlProblem {
  readonly code: string;
  readonly severity: 'error' | 'warning';
  readonly range: TextRange;
  readonly message: string;
}

export interface ParsedDocument {
  /** Position among the file's non-empty documents. */
  readonly index: number;
  /** Range of the document in the file, from its first content to its end. */
  readonly range: TextRange;
  /** The eemeli/yaml document: the source of truth for ranges and edits. */
  readonly ast: Document.Parsed;
  /** The value kubectl would send (null when the document cannot be read). */
  readonly value: unknown;
  /** True when the text of this document is not valid YAML (or cannot be read); its value is unusable. */
  readonly broken: boolean;
  /** Syntax problems, placed in the text. */
  readonly problems: readonly YamlProblem[];
  /** Problems found while reading values, located by field path. */
  readonly findings: readonly Finding[];
  readonly scalarNotes: readonly ScalarNote[];
  readonly apiVersion?: string;
  readonly kind?: string;
  readonly name?: string;
  readonly namespace?: string;
  /** Nodes written in the text. */
  readonly size: number;
}

export interface ParsedManifest {
  readonly text: string;
  readonly lines: LineIndex;
  readonly documents: readonly ParsedDocument[];
  /** Problems outside any document (for example, a file that is not text). */
  readonly problems: readonly YamlProblem[];
}

const PARSE_OPTIONS = {
  // Scalars are resolved by our own kubectl-compatible reader, so the library keeps them as text.
  schema: 'failsafe',
  // Duplicate keys are compared as kubectl reads them (`yes` and `true` are the same key), in to-value.
  uniqueKeys: false,
  prettyErrors: false,
  strict: true,
} as const;

/** Warnings the library raises that our own reader already handles. */
const HANDLED_WARNINGS = new Set(['TAG_RESOLVE_FAILED']);

function stringField(value: unknown, key: string): string | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const field = (value as Record<string, unknown>)[key];
  return typeof field === 'string' ? field : undefined;
}

function metadataField(value: unknown, key: string): string | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  return stringField((value as Record<string, unknown>)['metadata'], key);
}

function hasBinary(text: string): number {
  // NUL and other C0 controls (but tab, newline, carriage return) are not allowed in YAML text.
  // eslint-disable-next-line no-control-regex
  const match = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.exec(text);
  return match ? match.index : -1;
}

/**
 * Parses a YAML text of one or more documents. Never throws: every problem becomes a `YamlProblem`
 * or a finding, and documents that cannot be read are marked `broken`.
 */
export function parseManifest(text: string): ParsedManifest {
  const lines = new LineIndex(text);
  const problems: YamlProblem[] = [];
  const binaryAt = hasBinary(text);
  if (binaryAt !== -1) {
    problems.push({
      code: 'yaml-binary',
      severity: 'error',
      range: { start: binaryAt, end: binaryAt + 1 },
      message: `This is not a text file: it contains the control character U+${text
        .charCodeAt(binaryAt)
        .toString(16)
        .toUpperCase()
        .padStart(4, '0')}, which YAML does not allow.`,
    });
    return { text, lines, documents: [], problems };
  }

  const parsed = parseAllDocuments(text, PARSE_OPTIONS);
  const list = Array.isArray(parsed) ? parsed : [];
  const documents: ParsedDocument[] = [];
  for (const ast of list) {
    const docProblems: YamlProblem[] = [];
    for (const error of ast.errors)
      docProblems.push({
        code: error.code === 'RESOURCE_EXHAUSTION' ? 'yaml-too-deep' : 'yaml-syntax',
        severity: 'error',
        range: { start: error.pos[0], end: Math.max(error.pos[1], error.pos[0] + 1) },
        message: error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''),
      });
    for (const warning of ast.warnings)
      if (!HANDLED_WARNINGS.has(warning.code))
        docProblems.push({
          code: 'yaml-warning',
          severity: 'warning',
          range: { start: warning.pos[0], end: Math.max(warning.pos[1], warning.pos[0] + 1) },
          message: warning.message.split('\n')[0]!,
        });
    const broken = docProblems.some((p) => p.severity === 'error');
    const conversion = broken ? undefined : toKubectlValue(ast);
    // A document with nothing in it (`---` twice, or only comments) is nothing to kubectl either.
    if (!broken && conversion?.value === null && conversion.fatal.length === 0 && docProblems.length === 0)
      continue;
    const value = conversion && conversion.fatal.length === 0 ? conversion.value : null;
    const apiVersion = stringField(value, 'apiVersion');
    const kind = stringField(value, 'kind');
    const name = metadataField(value, 'name');
    const namespace = metadataField(value, 'namespace');
    documents.push({
      index: documents.length,
      range: { start: ast.range[0], end: ast.range[2] },
      ast,
      value,
      broken: broken || (conversion?.fatal.length ?? 0) > 0,
      problems: docProblems,
      findings: conversion ? [...conversion.fatal, ...conversion.findings] : [],
      scalarNotes: conversion?.scalarNotes ?? [],
      ...(apiVersion !== undefined ? { apiVersion } : {}),
      ...(kind !== undefined ? { kind } : {}),
      ...(name !== undefined ? { name } : {}),
      ...(namespace !== undefined ? { namespace } : {}),
      size: conversion?.writtenNodes ?? 0,
    });
  }
  return { text, lines, documents, problems };
}
