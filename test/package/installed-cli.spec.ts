import { execFileSync, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
};
const seed = path.join(
  root,
  'grove/samples/user-guide/02_pod-and-resource-naming-conventions/multinode-disaggregated-with-frontend.yaml',
);
// npm must not reach the network: the package has no dependencies, so an offline install works.
const env = {
  ...process.env,
  npm_config_offline: 'true',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
};

let work = '';
let project = '';
let packed: { filename: string; files: { path: string }[] };

/** `npx grove-designer ARGS`; `--` keeps npx from reading a leading `--version` as its own option. */
function npx(args: string[], input?: string) {
  const result = spawnSync('npx', ['--no', '--', 'grove-designer', ...args], {
    cwd: project,
    env,
    encoding: 'utf8',
    ...(input !== undefined ? { input } : {}),
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  if (!existsSync(path.join(root, 'dist-cli/grove-designer.mjs')))
    throw new Error(
      'dist-cli/grove-designer.mjs is missing: run `npm run build` before `npm run test:package`.',
    );
  work = mkdtempSync(path.join(tmpdir(), 'grove-designer-package-'));
  const out = execFileSync('npm', ['pack', '--json', '--pack-destination', work], {
    cwd: root,
    env,
    encoding: 'utf8',
  });
  packed = (JSON.parse(out) as (typeof packed)[])[0]!;
  project = path.join(work, 'project');
  mkdirSync(project);
  writeFileSync(
    path.join(project, 'package.json'),
    JSON.stringify({ name: 'uses-grove-designer', version: '1.0.0', private: true }),
  );
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', path.join(work, packed.filename)], {
    cwd: project,
    env,
    stdio: 'pipe',
  });
  copyFileSync(seed, path.join(project, 'pcs.yaml'));
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the packed grove-designer, installed in a fresh project', () => {
  it('ships the launcher and the self-contained bundle, and no sources', () => {
    const files = packed.files.map((f) => f.path);
    expect(files).toEqual(
      expect.arrayContaining([
        'bin/grove-designer.mjs',
        'dist-cli/grove-designer.mjs',
        'package.json',
        'LICENSE',
      ]),
    );
    expect(files.filter((f) => f.startsWith('src/') || f.startsWith('node_modules/'))).toEqual([]);
  });

  it('runs `npx grove-designer check` on a Grove sample: valid, exit 0', () => {
    const { status, stdout } = npx(['check', 'pcs.yaml']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^1 file, 1 document: 0 errors, 0 warnings/m);
  });

  it('reports errors as JSON with exit 1, and unreadable input with exit 2', () => {
    const duplicate = readFileSync(seed, 'utf8').replace('- name: dworker', '- name: dleader');
    const invalid = npx(['check', '--format', 'json', '-'], duplicate);
    expect(invalid.status).toBe(1);
    expect((JSON.parse(invalid.stdout) as { valid: boolean }).valid).toBe(false);
    expect(npx(['check', 'missing.yaml']).status).toBe(2);
  });

  it('expands the sample and prints its version', () => {
    const expanded = npx(['expand', 'pcs.yaml']);
    expect(expanded.status).toBe(0);
    expect(
      (JSON.parse(expanded.stdout) as { documents: { totals: { pods: number } }[] }).documents[0]!.totals
        .pods,
    ).toBe(13);
    expect(npx(['--version']).stdout.trim()).toBe(pkg.version);
    expect(npx(['version']).stdout.trim()).toBe(pkg.version);
  });
});
