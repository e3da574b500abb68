import type { Stage } from '../../core/diagnostics/types';
import type { RuleMeta } from '../../core/rules/types';

const STAGES: readonly { readonly stage: Stage; readonly title: string; readonly intro: string }[] = [
  {
    stage: 'yaml',
    title: 'Stage `yaml`: reading the text',
    intro: 'The text cannot be read as YAML, or kubectl reads it differently from what it looks like.',
  },
  {
    stage: 'schema',
    title: 'Stage `schema`: the API server',
    intro:
      "What the API server refuses before Grove sees the object: the CRD's structure, enums, list keys, CEL rules and unknown fields.",
  },
  {
    stage: 'webhook',
    title: "Stage `webhook`: Grove's validating webhook",
    intro: "Grove's own admission rules, with Grove's field paths and error types.",
  },
  {
    stage: 'lint',
    title: 'Stage `lint`: admitted, but risky',
    intro: 'Grove admits these manifests; the pods then fail to start, or Grove does something unexpected.',
  },
];

function entry(rule: RuleMeta): string {
  const facts = [
    `severity \`${rule.severity}\``,
    ...(rule.type ? [`type \`${rule.type}\``] : []),
    ...(rule.ref ? [`Grove rule ${rule.ref}`] : []),
  ].join(', ');
  return [
    `### \`${rule.code}\``,
    '',
    `**${rule.title}** (${facts})`,
    '',
    rule.explanation,
    '',
    `**Fix:** ${rule.fix}`,
    ...(rule.source ? ['', `Grove source: ${rule.source}`] : []),
  ].join('\n');
}

/**
 * The rules page (docs/rules.md), generated from the same metadata the `rules` command prints.
 * `npm run docs:rules` writes it; a unit test fails when the committed page is out of date.
 */
export function rulesPage(rules: readonly RuleMeta[]): string {
  const parts = [
    '# Rules',
    '',
    '<!-- Generated from the rule tables by `npm run docs:rules`; do not edit by hand. -->',
    '',
    `Every code \`grove-designer check\` and the designer can report (${rules.length} in all), by stage, in the order Kubernetes meets a manifest. A line \`# grove-designer-ignore CODE\` directly above a field silences a warning for that field; errors cannot be silenced, because Grove would still refuse the manifest.`,
  ];
  for (const { stage, title, intro } of STAGES) {
    const inStage = rules.filter((r) => r.stage === stage);
    if (inStage.length === 0) continue;
    parts.push('', `## ${title}`, '', intro, '', ...inStage.flatMap((rule) => [entry(rule), '']));
    parts.pop();
  }
  return `${parts.join('\n')}\n`;
}
