// Types of scripts/gen-schemas.mjs, for the tests that run the generator.
export interface JsonSchemaObject {
  [key: string]: unknown;
}
export declare const SOURCES: readonly { crd: string; kind: string; name: string }[];
export declare function compactSchema(
  text: string,
  file: string,
  celRules?: readonly string[],
): JsonSchemaObject;
export declare function editorSchema(text: string, file: string, kind: string): JsonSchemaObject;
export declare function generateSchemas(readText?: (file: string) => string): Record<string, string>;
