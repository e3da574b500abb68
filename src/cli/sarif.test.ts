import { describe, expect, it } from 'vitest';
import { allRules } from '../core/rules/registry';
import { seedText } from '../core/test-support/samples';
import { artifactUri } from './format/check-sarif';
import { runJson } from './test-io';

interface Sarif {
  $schema: string;
  version: string;
  runs: {
    tool: {
      driver: {
        name: string;
        version: string;
        rules: { id: string; help: { text: string }; defaultConfiguration: { level: string } }[];
      };
    };
    invocations: {
      executionSuccessful: boolean;
      toolExecutionNotifications: { message: { text: string } }[];
    }[];
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: {
        physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> };
      }[];
    }[];
  }[];
}

const duplicate = seedText.replace('- name: dworker', '- name: dleader');

describe('check --format sarif', () => {
  it('is a SARIF 2.1.0 log with every rule described and one result per diagnostic', async () => {
    const { status, json } = await runJson<Sarif>(['check', '--format', 'sarif', '-'], duplicate);
    expect(status).toBe(1);
    expect(json.version).toBe('2.1.0');
    expect(json.$schema).toMatch(/sarif-2\.1\.0/);
    const [sarifRun] = json.runs;
    expect(sarifRun!.tool.driver.name).toBe('grove-designer');
    expect(sarifRun!.tool.driver.rules.map((r) => r.id)).toEqual(allRules.map((r) => r.code));
    for (const rule of sarifRun!.tool.driver.rules) expect(rule.help.text.length).toBeGreaterThan(10);
    const result = sarifRun!.results.find((r) => r.ruleId === 'clique-name-duplicate')!;
    expect(sarifRun!.tool.driver.rules[result.ruleIndex]!.id).toBe('clique-name-duplicate');
    expect(result.level).toBe('error');
    expect(result.locations[0]!.physicalLocation.artifactLocation.uri).toBe('stdin');
    expect(result.locations[0]!.physicalLocation.region).toMatchObject({
      startLine: 100,
      startColumn: 13,
      endLine: 100,
    });
    expect(sarifRun!.invocations[0]!.executionSuccessful).toBe(true);
  });

  it('maps info to the SARIF level note', async () => {
    const { json } = await runJson<Sarif>(['check', '--format', 'sarif', '-'], seedText);
    const levels = new Set(json.runs[0]!.results.map((r) => r.level));
    expect([...levels]).toEqual(['note']);
    const info = allRules.find((r) => r.severity === 'info')!;
    expect(json.runs[0]!.tool.driver.rules.find((r) => r.id === info.code)!.defaultConfiguration.level).toBe(
      'note',
    );
  });

  it('reports an unreadable input as a failed invocation', async () => {
    const { status, json } = await runJson<Sarif>(['check', '--format', 'sarif', '/nonexistent/x.yaml']);
    expect(status).toBe(2);
    expect(json.runs[0]!.invocations[0]!.executionSuccessful).toBe(false);
    expect(json.runs[0]!.invocations[0]!.toolExecutionNotifications[0]!.message.text).toContain(
      'no such file',
    );
  });

  it('writes artifact locations as relative URI references', () => {
    expect(artifactUri('manifests\\my app\\pcs.yaml')).toBe('manifests/my%20app/pcs.yaml');
    expect(artifactUri('/abs/pcs.yaml')).toBe('/abs/pcs.yaml');
  });
});

describe('SARIF result messages', () => {
  it('end the message as a sentence before the fix', async () => {
    const { json } = await runJson<Sarif>(['check', '--format', 'sarif', '-'], 'a:\n  b: 1\n    c: 2\n');
    expect(json.runs[0]!.results[0]!.message.text).toMatch(/[a-z]\. Fix: Fix the YAML at the marked place/);
  });
});
