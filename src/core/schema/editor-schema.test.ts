import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from 'yaml-language-server/lib/umd/languageservice/yamlLanguageService.js';
import { samples, seedText } from '../test-support/samples';
import { yaml } from '../test-support/dedent';

// The editor's JSON Schemas, checked with yaml-language-server (what monaco-yaml runs): the editor must never
// flag a manifest Grove admits, and must flag what the core flags as unknown fields.

const root = fileURLToPath(new URL('../../../', import.meta.url));
const load = (file: string) => JSON.parse(readFileSync(root + file, 'utf8')) as Record<string, unknown>;
const pcsSchema = load('src/ui/editor/generated/podcliqueset.schema.json');
const ctbSchema = load('src/ui/editor/generated/clustertopologybinding.schema.json');

let schemaCount = 0;

async function editorMessages(text: string, schema: unknown): Promise<string[]> {
  const service = getLanguageService({
    schemaRequestService: () => Promise.reject(new Error('no schema requests')),
    workspaceContext: { resolveRelativePath: (relative: string) => relative },
  });
  service.configure({
    validate: true,
    schemas: [{ uri: `inmemory://schema-${++schemaCount}.json`, fileMatch: ['*'], schema }],
  });
  const document = TextDocument.create(`file:///manifest-${schemaCount}.yaml`, 'yaml', 1, text);
  const diagnostics = await service.doValidation(document, false);
  return diagnostics.map((d) => `${d.range.start.line + 1}: ${d.message}`);
}

describe('editor schema for PodCliqueSet', () => {
  it('shows no problem on the seed, which the raw CRD schema would flag (roleName is defaulted)', async () => {
    expect(await editorMessages(seedText, pcsSchema)).toEqual([]);
    const crd = parse(readFileSync(root + 'grove/crds/grove.io_podcliquesets.yaml', 'utf8')) as {
      spec: { versions: { schema: { openAPIV3Schema: unknown } }[] };
    };
    const raw = crd.spec.versions[0]!.schema.openAPIV3Schema;
    expect((await editorMessages(seedText, raw)).join('\n')).toMatch(/roleName/);
  });

  it.each(samples.map((s) => [s.name, s.text] as const))(
    'shows no problem on Grove sample %s',
    async (_, text) => {
      expect(await editorMessages(text, pcsSchema)).toEqual([]);
    },
  );

  it('flags unknown fields, a wrong apiVersion and a wrong kind', async () => {
    const text = yaml`
      apiVersion: grove.io/v1
      kind: PodClique
      metadata:
        name: x
        labels: {team: a}
        finalizers: [keep]
      spec:
        template:
          cliques:
            - name: a
              spec:
                minAvaliable: 1
                podSpec:
                  containers: [{name: c, image: i}]
    `;
    const messages = (await editorMessages(text, pcsSchema)).join('\n');
    expect(messages).toMatch(/1: Value is not accepted\. Valid values: "grove\.io\/v1alpha1"/);
    expect(messages).toMatch(/2: Value is not accepted\. Valid values: "PodCliqueSet"/);
    expect(messages).toMatch(/12: Property minAvaliable is not allowed/);
    expect(messages).not.toMatch(/finalizers|labels/);
  });

  it('accepts int-or-string quantities and refuses other types', async () => {
    const text = seedText.replace('cpu: "10m"', 'cpu: 1').replace('memory: "32Mi"', 'memory: [32]');
    const messages = await editorMessages(text, pcsSchema);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^40: Incorrect type\. Expected one of integer, string/);
  });
});

describe('editor schema for ClusterTopologyBinding', () => {
  it('accepts a binding and flags an empty level list and a misspelt field', async () => {
    const good = yaml`
      apiVersion: grove.io/v1alpha1
      kind: ClusterTopologyBinding
      metadata: {name: cluster}
      spec:
        levels:
          - {domain: zone, key: topology.kubernetes.io/zone}
          - {domain: host, key: kubernetes.io/hostname}
    `;
    expect(await editorMessages(good, ctbSchema)).toEqual([]);
    const bad = good.replace(/levels:[\s\S]*$/, 'levels: []\n  level: []\n');
    const messages = (await editorMessages(bad, ctbSchema)).join('\n');
    expect(messages).toMatch(/Array has too few items/);
    expect(messages).toMatch(/Property level is not allowed/);
  });
});
