import type { JSONSchema, SchemasSettings } from 'monaco-yaml';
import { selectByKind, type KindSchema } from '../schema/select';

/** The JSON Schemas derived from Grove's CRDs by `npm run gen:schemas` (fields the webhook fills are optional). */
const generated = import.meta.glob<JSONSchema>('../generated/*.schema.json', {
  eager: true,
  import: 'default',
});

const KINDS: Record<string, string> = {
  '../generated/podcliqueset.schema.json': 'PodCliqueSet',
  '../generated/clustertopologybinding.schema.json': 'ClusterTopologyBinding',
};

/** Every model of the manifest editor lives under this folder, so the schema applies to them and no others. */
export const MODEL_FOLDER = 'file:///grove-designer/';

export function groveSchemaSettings(): SchemasSettings[] {
  const kinds: KindSchema[] = Object.entries(KINDS).flatMap(([file, kind]) => {
    const schema = generated[file];
    return schema ? [{ kind, schema }] : [];
  });
  return [
    {
      uri: 'grove-designer://schemas/grove.json',
      fileMatch: [`${MODEL_FOLDER}*`],
      schema: selectByKind(kinds),
    },
  ];
}
