import { describe, expect, it } from 'vitest';
import { version } from '../../package.json';
import { allRules } from '../core/rules/registry';
import { run, runJson } from './test-io';

describe('grove-designer', () => {
  it('prints its version and help, exit 0', async () => {
    expect(await run(['--version'])).toMatchObject({ status: 0, stdout: `${version}\n` });
    // `npx grove-designer --version` is read by npx itself: the command form reaches us.
    expect(await run(['version'])).toMatchObject({ status: 0, stdout: `${version}\n` });
    const help = await run(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('grove-designer check  [--format text|json|sarif]');
    for (const command of ['check', 'expand', 'rules']) {
      const { status, stdout } = await run([command, '--help']);
      expect(status).toBe(0);
      expect(stdout).toContain(`Usage: grove-designer ${command}`);
    }
  });

  it.each([
    [[], 'Usage:'],
    [['lint'], 'unknown command "lint"'],
    [['check'], 'check needs at least one PATH'],
    [['check', '--format', 'xml', 'a.yaml'], '--format must be one of text, json, sarif (got "xml")'],
    [['check', '--strict', 'a.yaml'], "Unknown option '--strict'"],
    [['rules', 'extra'], 'rules takes no arguments'],
  ])('treats %j as a usage error: exit 2, message on stderr', async (argv, message) => {
    const { status, stdout, stderr } = await run(argv);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
  });
});

describe('rules', () => {
  it('prints one line per rule with code, stage, severity and title', async () => {
    const { status, stdout } = await run(['rules']);
    expect(status).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(allRules.length + 1);
    expect(lines.find((l) => l.startsWith('clique-name-suffix '))).toMatch(
      /^clique-name-suffix\s+lint\s+warning\s+Grove builds this clique from another clique's template$/,
    );
    expect(lines.at(-1)).toBe(`${allRules.length} rules. Each is explained in docs/rules.md.`);
  });

  it('prints every rule with its metadata as JSON', async () => {
    const { json } = await runJson<{
      rules: { code: string; stage: string; severity: string; fix: string }[];
    }>(['rules', '--format', 'json']);
    expect(json.rules.map((r) => r.code)).toEqual(allRules.map((r) => r.code));
    expect(json.rules.find((r) => r.code === 'yaml-syntax')).toMatchObject({
      stage: 'yaml',
      severity: 'error',
    });
  });
});
