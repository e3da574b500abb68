import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from 'yaml-language-server/lib/umd/languageservice/yamlLanguageService.js';
import { samples, seedText } from '../../../core/test-support/samples';
import { yaml } from '../../../core/test-support/dedent';
import { groveSchemaSettings, MODEL_FOLDER } from '../monaco/schemas';

// The YAML language service monaco-yaml runs in its worker (the bench copy of yaml-language-server), fed the
// editor's schema settings, so the schema wiring is tested without a browser.
const service = getLanguageService({
  schemaRequestService: () => Promise.reject(new Error('no schema requests')),
  workspaceContext: { resolveRelativePath: (path) => path },
});
service.configure({ validate: true, completion: true, hover: true, schemas: groveSchemaSettings() });

let version = 0;
function doc(text: string): TextDocument {
  return TextDocument.create(`${MODEL_FOLDER}manifest-test.yaml`, 'yaml', ++version, text);
}

/** Completion labels at the `|` in `source`. */
async function complete(source: string): Promise<string[]> {
  const offset = source.indexOf('|');
  const d = doc(source.slice(0, offset) + source.slice(offset + 1));
  const list = await service.doComplete(d, d.positionAt(offset), false);
  return list.items.map((i) => i.label);
}

const ctb = yaml`
  apiVersion: grove.io/v1alpha1
  kind: ClusterTopologyBinding
  metadata:
    name: topo
  spec:
    l|
`;

describe('the editor schema (Grove CRDs selected by kind)', () => {
  it('finds nothing to object to in any Grove sample: fields the webhook fills are not missing', async () => {
    expect(samples.length).toBeGreaterThan(5);
    for (const { name, text } of samples) {
      const problems = (await service.doValidation(doc(text), false)).map((d) => `${name}: ${d.message}`);
      expect(problems).toEqual([]);
    }
  });

  it('offers podCliqueScalingGroups under template', async () => {
    const text = seedText.slice(0, seedText.indexOf('    podCliqueScalingGroups:'));
    const labels = await complete(text.replace('  template:\n', '  template:\n    |\n'));
    expect(labels).toContain('podCliqueScalingGroups');
    expect(labels).toContain('cliqueStartupType');
  });

  it('chooses the schema per document of a multi-document file', async () => {
    // (On a line holding only spaces yaml-language-server offers nothing in a multi-document file, whatever
    // the schema; with the first letter typed it does.)
    const pcs = seedText.slice(seedText.indexOf('apiVersion:'));
    const inCtb = await complete(`${pcs}---\n${ctb}`);
    expect(inCtb).toContain('levels');
    expect(inCtb).not.toContain('template');
    const inPcs = await complete(
      `${ctb.replace('l|', 'levels: []')}---\n${pcs.replace('spec:\n', 'spec:\n  u|\n')}`,
    );
    expect(inPcs).toContain('updateStrategy');
    expect(inPcs).not.toContain('levels');
  });

  it('reports a real schema error in a PodCliqueSet, and leaves documents of other kinds alone', async () => {
    const wrong = await service.doValidation(
      doc(seedText.replace('replicas: 1\n  template', 'replicas: one\n  template')),
      false,
    );
    expect(wrong.map((d) => d.message).join()).toMatch(/integer/i);
    const other = yaml`
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: x
      spec:
        template: 3
    `;
    expect(await service.doValidation(doc(other), false)).toEqual([]);
    expect(await complete(other.replace('  template: 3', '  |'))).not.toContain('template');
  });
});
