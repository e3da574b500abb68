import type { JSONSchema } from 'monaco-yaml';

export interface KindSchema {
  readonly kind: string;
  readonly schema: JSONSchema;
}

/**
 * One schema for every document of a manifest file: it applies the schema of the document's `kind` (each
 * document of a multi-document file is matched on its own) and says nothing about documents of other kinds.
 */
export function selectByKind(kinds: readonly KindSchema[]): JSONSchema {
  return kinds.reduceRight<JSONSchema>(
    (otherwise, { kind, schema }) => ({
      if: { type: 'object', required: ['kind'], properties: { kind: { const: kind } } },
      then: schema,
      else: otherwise,
    }),
    {},
  );
}
