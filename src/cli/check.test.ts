import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { samples, samplesDir, seedText } from '../core/test-support/samples';
import { run, runJson } from './test-io';

interface JsonDiagnostic {
  severity: string;
  stage: string;
  code: string;
  type?: string;
  path: string;
  line: number;
  column: number;
  message: string;
  fix?: string;
}
interface JsonDocument {
  index: number;
  kind: string | null;
  name: string | null;
  skipped: boolean;
  diagnostics: JsonDiagnostic[];
}
interface CheckJson {
  valid: boolean;
  summary: { files: number; documents: number; errors: number; warnings: number };
  files: { file: string; error?: string; documents: JsonDocument[] }[];
}

function tempDir(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'grove-designer-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const seedFile = path.join(samplesDir, samples.find((s) => s.text === seedText)!.name);
const broken =
  'apiVersion: grove.io/v1alpha1\nkind: PodCliqueSet\nmetadata:\n  name: x\n    oops: 1\nspec: {}\n';
const duplicate = seedText.replace('- name: dworker', '- name: dleader');
const noReplicas = seedText.replace('  replicas: 1\n  template', '  template');

describe('check', () => {
  it('finds every Grove sample under the samples directory valid, and exits 0', async () => {
    const { status, stdout } = await run(['check', samplesDir]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^11 files, 11 documents: 0 errors, 0 warnings, \d+ notes\.$/m);
    expect(stdout).toContain(
      `${path.join(samplesDir, 'user-guide/01_core-concepts/multi-node-aggregated.yaml')}:21:13 info generic-clique-name`,
    );
  });

  it('reports a YAML syntax error with its place and exits 2', async () => {
    const dir = tempDir({ 'broken.yaml': broken });
    const file = path.join(dir, 'broken.yaml');
    const { status, stdout } = await run(['check', file]);
    expect(status).toBe(2);
    expect(stdout).toContain(`${file}:4:9 error yaml-syntax Nested mappings are not allowed`);
    const { json } = await runJson<CheckJson>(['check', '--format', 'json', file]);
    expect(json.valid).toBe(false);
    expect(json.files[0]!.documents[0]!.diagnostics[0]).toMatchObject({
      stage: 'yaml',
      code: 'yaml-syntax',
      line: 4,
      column: 9,
    });
  });

  it('exits 1 on a duplicate clique, with the error at the second name', async () => {
    const { status, json } = await runJson<CheckJson>(['check', '--format', 'json', '-'], duplicate);
    expect(status).toBe(1);
    expect(json.valid).toBe(false);
    const webhook = json.files[0]!.documents[0]!.diagnostics.find((d) => d.code === 'clique-name-duplicate');
    expect(webhook).toMatchObject({
      severity: 'error',
      stage: 'webhook',
      type: 'Duplicate',
      path: 'spec.template.cliques.name',
      line: 100,
    });
  });

  it('exits 0 on warnings, and 1 with --fail-on warning', async () => {
    const plain = await run(['check', '-'], noReplicas);
    expect(plain.status).toBe(0);
    expect(plain.stdout).toMatch(/^<stdin>:18:1 warning pcs-replicas-zero spec\.replicas is 0/m);
    expect(plain.stdout).toContain('    fix: Set spec.replicas: 1 (or more).');
    expect((await run(['check', '--fail-on', 'warning', '-'], noReplicas)).status).toBe(1);
    expect((await run(['check', '--fail-on', 'warning', seedFile])).status).toBe(0);
  });

  it('searches a directory recursively for .yaml and .yml files only, skipping node_modules', async () => {
    const dir = tempDir({
      'a.yaml': seedText,
      'nested/deeper/b.yml': duplicate,
      'notes.txt': broken,
      'node_modules/pkg/c.yaml': broken,
    });
    const { status, json } = await runJson<CheckJson>(['check', '--format', 'json', dir]);
    expect(json.files.map((f) => path.relative(dir, f.file))).toEqual([
      'a.yaml',
      path.join('nested', 'deeper', 'b.yml'),
    ]);
    expect(json.summary).toMatchObject({ files: 2, documents: 2 });
    expect(status).toBe(1);
  });

  it('reads standard input for "-" and names it "-" in JSON', async () => {
    const { status, json } = await runJson<CheckJson>(['check', '--format', 'json', '-'], seedText);
    expect(status).toBe(0);
    expect(json.files[0]).toMatchObject({
      file: '-',
      documents: [{ kind: 'PodCliqueSet', name: 'mn-disagg', skipped: false }],
    });
  });

  it('lists documents that are not Grove objects as skipped, never drops them', async () => {
    const text = `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n---\n${seedText}`;
    const { json } = await runJson<CheckJson>(['check', '--format', 'json', '-'], text);
    expect(json.files[0]!.documents.map((d) => [d.index, d.kind, d.skipped])).toEqual([
      [0, 'ConfigMap', true],
      [1, 'PodCliqueSet', false],
    ]);
    expect(json.summary.documents).toBe(2);
  });

  it('exits 2 when a file is missing or is not text, and still checks the rest', async () => {
    const dir = tempDir({ 'bin.yaml': 'kind: \u0000\u0001' });
    const missing = path.join(dir, 'missing.yaml');
    const { status, stdout, stderr } = await run([
      'check',
      '--format',
      'json',
      missing,
      path.join(dir, 'bin.yaml'),
      seedFile,
    ]);
    expect(status).toBe(2);
    expect(stderr).toContain(`cannot read ${missing}: no such file or directory`);
    const json = JSON.parse(stdout) as CheckJson & { files: { diagnostics?: JsonDiagnostic[] }[] };
    expect(json.files[0]!.error).toContain('no such file');
    expect(json.files[1]!.diagnostics![0]!.code).toBe('yaml-binary');
    expect(json.files[2]!.documents[0]!.name).toBe('mn-disagg');
  });

  it('honours a suppression comment above the field the warning points at', async () => {
    // spec.replicas is absent, so the warning points at `spec`: the comment sits above `spec:`.
    const codes = async (text: string) =>
      (
        await runJson<CheckJson>(['check', '--format', 'json', '-'], text)
      ).json.files[0]!.documents[0]!.diagnostics.map((d) => d.code);
    expect(await codes(noReplicas)).toContain('pcs-replicas-zero');
    const silenced = noReplicas.replace('\nspec:\n', '\n# grove-designer-ignore pcs-replicas-zero\nspec:\n');
    expect(silenced).not.toBe(noReplicas);
    expect(await codes(silenced)).not.toContain('pcs-replicas-zero');
  });
});

describe('check --old', () => {
  const withMinAvailable = seedText.replace(
    '      spec:\n        replicas: 2\n',
    '      spec:\n        replicas: 2\n        minAvailable: 1\n',
  );
  const scaled = seedText.replace('  replicas: 1\n  template', '  replicas: 2\n  template');

  it('refuses a minAvailable change on the live object (exit 1)', async () => {
    expect(withMinAvailable).not.toBe(seedText);
    const { status, json } = await runJson<CheckJson>(
      ['check', '--format', 'json', '--old', seedFile, '-'],
      withMinAvailable,
    );
    expect(status).toBe(1);
    expect(json.files[0]!.documents[0]!.diagnostics.filter((d) => d.severity === 'error')).toEqual([
      expect.objectContaining({
        stage: 'webhook',
        type: 'Invalid',
        path: 'spec.template.cliques.spec.minAvailable',
      }),
    ]);
    // The same text is a valid new object.
    expect((await run(['check', '-'], withMinAvailable)).status).toBe(0);
  });

  it('admits a spec.replicas change (exit 0)', async () => {
    expect(scaled).not.toBe(seedText);
    const { status, json } = await runJson<CheckJson>(
      ['check', '--format', 'json', '--old', seedFile, '-'],
      scaled,
    );
    expect(status).toBe(0);
    expect(json.summary.errors).toBe(0);
  });

  it('exits 2 when the old manifest cannot be read', async () => {
    const { status, stderr } = await run(['check', '--old', '/nonexistent/old.yaml', seedFile]);
    expect(status).toBe(2);
    expect(stderr).toContain('cannot read --old /nonexistent/old.yaml: no such file or directory');
  });
});

describe('check --config', () => {
  const kai = seedText.replace(/podSpec:\n/g, 'podSpec:\n          schedulerName: kai-scheduler\n');
  const queued = kai.replace(
    '  namespace: default\n',
    '  namespace: default\n  labels: {kai.scheduler/queue: q}\n',
  );

  it('reads an OperatorConfiguration: a disabled scheduler profile becomes an error', async () => {
    expect(queued).not.toBe(kai);
    expect((await run(['check', '-'], queued)).status).toBe(0);
    const dir = tempDir({
      'operator.yaml':
        'apiVersion: operator.config.grove.io/v1alpha1\nkind: OperatorConfiguration\nscheduler:\n  profiles: [{name: default-scheduler}]\n',
    });
    const { status, json } = await runJson<CheckJson>(
      ['check', '--format', 'json', '--config', path.join(dir, 'operator.yaml'), '-'],
      queued,
    );
    expect(status).toBe(1);
    expect(
      json.files[0]!.documents[0]!.diagnostics.some(
        (d) => d.stage === 'webhook' && d.path.endsWith('schedulerName'),
      ),
    ).toBe(true);
  });

  it('reads the config: block of Helm values, and counts ClusterTopologyBindings among the inputs as existing', async () => {
    const constrained = seedText.replace(
      '    cliques:\n',
      '    topologyConstraint: {topologyName: my-topology, pack: {required: rack}}\n    cliques:\n',
    );
    const binding =
      'apiVersion: grove.io/v1alpha1\nkind: ClusterTopologyBinding\nmetadata: {name: my-topology}\nspec:\n  levels: [{domain: zone, key: topology.kubernetes.io/zone}, {domain: rack, key: example.com/rack}]\n';
    const dir = tempDir({
      'values.yaml': 'replicaCount: 1\nconfig:\n  topologyAwareScheduling:\n    enabled: true\n',
      'pcs.yaml': constrained,
      'topology.yaml': binding,
    });
    const config = ['--config', path.join(dir, 'values.yaml')];
    // Topology-aware scheduling is off by default: Grove refuses any constraint.
    const off = await run(['check', path.join(dir, 'pcs.yaml'), path.join(dir, 'topology.yaml')]);
    expect(off.status).toBe(1);
    expect(off.stdout).toContain(' error topology-disabled ');
    // On, but the binding is not among the inputs: it does not exist.
    const alone = await run(['check', ...config, path.join(dir, 'pcs.yaml')]);
    expect(alone.status).toBe(1);
    expect(alone.stdout).toContain(" error topology-binding-not-found ClusterTopologyBinding 'my-topology'");
    const both = await run(['check', ...config, path.join(dir, 'pcs.yaml'), path.join(dir, 'topology.yaml')]);
    expect(both.stdout).toContain('0 errors');
    expect(both.status).toBe(0);
  });

  it('exits 2 when the configuration has no operator settings', async () => {
    const dir = tempDir({ 'empty.yaml': 'foo: bar\n' });
    const { status, stderr } = await run(['check', '--config', path.join(dir, 'empty.yaml'), seedFile]);
    expect(status).toBe(2);
    expect(stderr).toContain('No operator settings found');
  });
});
