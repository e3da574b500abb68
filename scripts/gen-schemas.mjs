#!/usr/bin/env node
// Derives every schema the project needs from Grove's CRDs (grove/crds):
//   src/core/schema/generated/*.json      compact structural schemas for the core's schema stage (no prose)
//   src/ui/editor/generated/*.schema.json JSON Schemas for monaco-yaml (descriptions kept for hover docs)
// Usage: npm run gen:schemas            (writes the files)
//        npm run gen:schemas -- --check (exits 1 when the committed files differ from a fresh generation)
// It runs under tsx because it reads the CEL rule texts the core implements from TypeScript, and refuses to
// generate when a CRD carries a CEL rule (x-kubernetes-validations) the core has no implementation for.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { implementedCelRules } from '../src/core/validate/schema/cel.ts';
import { webhookFilledFields } from '../src/core/validate/schema/webhook-filled.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The CRDs the designer validates, with the file names their schemas are written to. */
export const SOURCES = [
  { crd: 'grove/crds/grove.io_podcliquesets.yaml', kind: 'PodCliqueSet', name: 'podcliqueset' },
  {
    crd: 'grove/crds/grove.io_clustertopologybindings.yaml',
    kind: 'ClusterTopologyBinding',
    name: 'clustertopologybinding',
  },
];

/** The keys of an OpenAPI schema node the core's validator reads; everything else is prose or tooling. */
const COMPACT_KEYS = [
  'type',
  'format',
  'enum',
  'pattern',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'minimum',
  'maximum',
  'nullable',
  'x-kubernetes-int-or-string',
  'x-kubernetes-preserve-unknown-fields',
  'x-kubernetes-list-type',
  'x-kubernetes-list-map-keys',
  'required',
];
/** Keys the generator knows it may drop: documentation, printer hints, and what int-or-string already says. */
const IGNORED_KEYS = new Set(['description', 'default', 'anyOf', 'x-kubernetes-map-type']);
const STRUCTURE_KEYS = new Set(['properties', 'items', 'additionalProperties', 'x-kubernetes-validations']);
/** Formats the core checks (integer ranges). The API server also checks string formats such as date-time. */
const CHECKED_FORMATS = new Set(['int32', 'int64']);
const CEL_KEYS = ['rule', 'message', 'fieldPath', 'reason', 'optionalOldSelf'];

function openApiSchema(text, file) {
  const crd = parse(text);
  const version = crd?.spec?.versions?.find((v) => v.storage) ?? crd?.spec?.versions?.[0];
  const schema = version?.schema?.openAPIV3Schema;
  if (!schema) throw new Error(`${file}: no spec.versions[].schema.openAPIV3Schema`);
  return { schema, group: crd.spec.group, version: version.name };
}

/** Stops generation when the CRD uses something the core's validator would silently ignore. */
function unsupported(where, what) {
  throw new Error(
    `gen-schemas: ${where}: ${what}. The core's schema validator does not implement it; ` +
      'implement it in src/core/validate/schema before regenerating.',
  );
}

function child(pathText, key) {
  return pathText === '' ? key : `${pathText}.${key}`;
}

/** The compact structural schema of one node (recursive). */
function compact(node, where, celRules) {
  const out = {};
  for (const key of Object.keys(node)) {
    if (!COMPACT_KEYS.includes(key) && !IGNORED_KEYS.has(key) && !STRUCTURE_KEYS.has(key))
      unsupported(where, `the schema keyword "${key}"`);
  }
  for (const key of COMPACT_KEYS) if (node[key] !== undefined) out[key] = node[key];
  if (node.format !== undefined && !CHECKED_FORMATS.has(node.format))
    unsupported(where, `the format "${node.format}"`);
  if (node.anyOf && !node['x-kubernetes-int-or-string'])
    unsupported(where, 'anyOf outside x-kubernetes-int-or-string');
  if (node.properties) {
    out.properties = {};
    for (const [key, value] of Object.entries(node.properties))
      out.properties[key] = compact(value, child(where, key), celRules);
  }
  if (node.items) out.items = compact(node.items, `${where}[]`, celRules);
  if (node.additionalProperties !== undefined)
    out.additionalProperties =
      typeof node.additionalProperties === 'object'
        ? compact(node.additionalProperties, `${where}{}`, celRules)
        : node.additionalProperties;
  // List-map keys with a CRD default (ports' protocol: TCP) take that default in the uniqueness check.
  const keys = node['x-kubernetes-list-map-keys'];
  if (keys && node.items?.properties) {
    const defaults = {};
    for (const key of keys) {
      const value = node.items.properties[key]?.default;
      if (value !== undefined) defaults[key] = value;
    }
    if (Object.keys(defaults).length > 0) out['x-list-map-key-defaults'] = defaults;
  }
  const validations = node['x-kubernetes-validations'];
  if (validations) {
    out['x-kubernetes-validations'] = validations.map((v) => {
      if (!celRules.has(v.rule)) unsupported(where, `the CEL rule ${JSON.stringify(v.rule)}`);
      const kept = {};
      for (const key of CEL_KEYS) if (v[key] !== undefined) kept[key] = v[key];
      return kept;
    });
  }
  return out;
}

/**
 * The root, compacted. `metadata` is ObjectMeta, which the API server validates by its own rules (Grove's
 * webhook rule M1 here), not by the CRD's `type: object`; `status` is dropped by the API server on create and
 * update (status subresource), so neither is described further.
 */
export function compactSchema(text, file, celRules = implementedCelRules) {
  const { schema } = openApiSchema(text, file);
  const opaque = { type: 'object', 'x-kubernetes-preserve-unknown-fields': true };
  const properties = { ...schema.properties, metadata: opaque };
  if (properties.status) properties.status = opaque;
  return compact({ ...schema, properties }, '', new Set(celRules));
}

/** `metadata` for the editor: the CRD only says `type: object`. */
const METADATA = {
  type: 'object',
  description: 'Standard Kubernetes object metadata.',
  properties: {
    name: {
      type: 'string',
      description:
        'Name of the object, unique in its namespace. Grove builds every generated name from it, so keep it short.',
    },
    generateName: {
      type: 'string',
      description: 'A prefix the API server completes with a random suffix when name is not given.',
    },
    namespace: {
      type: 'string',
      description: "Namespace of the object. Grove's defaulting webhook sets `default` when it is empty.",
    },
    labels: {
      type: 'object',
      additionalProperties: { type: 'string' },
      description: 'Labels of the object (key: value).',
    },
    annotations: {
      type: 'object',
      additionalProperties: { type: 'string' },
      description: 'Annotations of the object, e.g. `grove.io/mnnvl-group`.',
    },
  },
};

const STATUS = {
  type: 'object',
  description:
    'Written by Grove. The API server ignores a status written in a manifest (status subresource).',
};

/** A JSON Schema node for monaco-yaml (recursive), per STACK.md "Schema". */
function editorNode(node, pathKeys, filled) {
  const out = {};
  const intOrString = node['x-kubernetes-int-or-string'] === true;
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith('x-kubernetes-') || key === 'nullable' || key === 'anyOf') continue;
    if (key === 'format' && (value === 'int32' || value === 'int64')) continue;
    if (key === 'properties' || key === 'items' || key === 'additionalProperties' || key === 'required')
      continue;
    out[key] = value;
  }
  if (intOrString) out.type = ['integer', 'string'];
  if (node.nullable === true && out.type !== undefined)
    out.type = Array.isArray(out.type) ? [...out.type, 'null'] : [out.type, 'null'];
  if (node.properties) {
    out.properties = {};
    for (const [key, value] of Object.entries(node.properties))
      out.properties[key] = editorNode(value, [...pathKeys, key], filled);
  }
  if (node.items) out.items = editorNode(node.items, [...pathKeys, '[]'], filled);
  if (typeof node.additionalProperties === 'object')
    out.additionalProperties = editorNode(node.additionalProperties, [...pathKeys, '{}'], filled);
  else if (node.additionalProperties !== undefined) out.additionalProperties = node.additionalProperties;
  else if (node.type === 'object' && node['x-kubernetes-preserve-unknown-fields'] !== true)
    out.additionalProperties = false;
  if (node.required) {
    // A field with a CRD default, or one the defaulting webhook fills, may be left out.
    const here = pathKeys.join('.');
    const required = node.required.filter(
      (key) =>
        node.properties?.[key]?.default === undefined && !filled.has(here === '' ? key : `${here}.${key}`),
    );
    if (required.length > 0) out.required = required;
  }
  return out;
}

export function editorSchema(text, file, kind) {
  const { schema, group, version } = openApiSchema(text, file);
  const filled = new Set(webhookFilledFields[kind].map((keys) => keys.join('.')));
  for (const keys of webhookFilledFields[kind]) {
    let node = schema;
    for (const key of keys) node = key === '[]' ? node?.items : node?.properties?.[key];
    if (!node)
      throw new Error(`gen-schemas: ${file} has no field ${keys.join('.')} (webhookFilledFields is stale)`);
  }
  const out = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: `${kind} (${group}/${version})`,
    ...editorNode(schema, [], filled),
  };
  out.properties.apiVersion = { ...out.properties.apiVersion, enum: [`${group}/${version}`] };
  out.properties.kind = { ...out.properties.kind, enum: [kind] };
  out.properties.metadata = METADATA;
  if (out.properties.status) out.properties.status = STATUS;
  return out;
}

/** Every generated file: path relative to the project root -> its text. */
export function generateSchemas(readText = (file) => readFileSync(path.join(root, file), 'utf8')) {
  const files = {};
  for (const { crd, kind, name } of SOURCES) {
    const text = readText(crd);
    files[`src/core/schema/generated/${name}.json`] = JSON.stringify(compactSchema(text, crd)) + '\n';
    files[`src/ui/editor/generated/${name}.schema.json`] =
      JSON.stringify(editorSchema(text, crd, kind), null, 1) + '\n';
  }
  return files;
}

function main() {
  const check = process.argv.includes('--check');
  const files = generateSchemas();
  const stale = [];
  for (const [file, text] of Object.entries(files)) {
    const full = path.join(root, file);
    let current;
    try {
      current = readFileSync(full, 'utf8');
    } catch {
      current = undefined;
    }
    if (current === text) continue;
    stale.push(file);
    if (!check) {
      mkdirSync(path.dirname(full), { recursive: true });
      writeFileSync(full, text);
    }
  }
  if (check && stale.length > 0) {
    console.error(`Generated schemas are out of date: ${stale.join(', ')}. Run npm run gen:schemas.`);
    process.exit(1);
  }
  for (const [file, text] of Object.entries(files))
    console.log(
      `${stale.includes(file) ? (check ? 'stale' : 'wrote') : 'same '} ${file} (${text.length} bytes)`,
    );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
