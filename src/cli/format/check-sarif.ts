import type { Severity } from '../../core/diagnostics/types';
import { allRules } from '../../core/rules/registry';
import type { RuleMeta } from '../../core/rules/types';
import type { CheckRun, CheckedFile } from '../commands/run-check';
import { printed, type PrintedDiagnostic } from './diagnostic';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
};
const END_OF_SENTENCE = /[.!?]$/;
const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** A relative URI reference for a path as given (forward slashes, each segment percent-encoded). */
export function artifactUri(file: string): string {
  if (file === '-') return 'stdin';
  return file
    .replace(/\\/g, '/')
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

function ruleJson(rule: RuleMeta): Record<string, unknown> {
  return {
    id: rule.code,
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.explanation },
    help: {
      text: `${rule.fix}\n\n${rule.explanation}`,
      markdown: `**Fix:** ${rule.fix}\n\n${rule.explanation}`,
    },
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: {
      stage: rule.stage,
      tags: [rule.stage],
      ...(rule.type ? { errorType: rule.type } : {}),
      ...(rule.ref ? { groveRule: rule.ref } : {}),
      ...(rule.source ? { groveSource: rule.source } : {}),
    },
  };
}

function resultJson(file: CheckedFile, d: PrintedDiagnostic, ruleIndex: ReadonlyMap<string, number>) {
  return {
    ruleId: d.code,
    ruleIndex: ruleIndex.get(d.code) ?? -1,
    level: LEVEL[d.severity],
    message: {
      text: d.fix ? `${d.message}${END_OF_SENTENCE.test(d.message) ? '' : '.'} Fix: ${d.fix}` : d.message,
    },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: artifactUri(file.file) },
          region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
        },
        ...(d.path ? { logicalLocations: [{ fullyQualifiedName: d.path, kind: 'member' }] } : {}),
      },
    ],
    properties: { stage: d.stage, path: d.path, ...(d.type ? { errorType: d.type } : {}) },
  };
}

/** `check --format sarif`: SARIF 2.1.0, one run, every rule described, one result per diagnostic. */
export function checkSarif(run: CheckRun, version: string): string {
  const ruleIndex = new Map(allRules.map((rule, index) => [rule.code, index]));
  const results = run.files.flatMap((file) => {
    if (!file.report || !file.parsed) return [];
    const { lines } = file.parsed;
    const diagnostics = [
      ...file.report.fileDiagnostics,
      ...file.report.documents.flatMap((doc) => doc.diagnostics),
    ];
    return diagnostics.map((d) => resultJson(file, printed(d, lines), ruleIndex));
  });
  const unreadable = run.files.filter((f) => f.error !== undefined);
  const sarif = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'grove-designer',
            version,
            semanticVersion: version,
            rules: allRules.map(ruleJson),
          },
        },
        invocations: [
          {
            executionSuccessful: unreadable.length === 0,
            toolExecutionNotifications: unreadable.map((f) => ({
              level: 'error',
              message: { text: f.error ?? `cannot read ${f.file}` },
              locations: [{ physicalLocation: { artifactLocation: { uri: artifactUri(f.file) } } }],
            })),
          },
        ],
        columnKind: 'utf16CodeUnits',
        artifacts: run.files.map((f) => ({ location: { uri: artifactUri(f.file) } })),
        results,
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
