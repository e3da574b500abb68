import { yamlRules } from '../parse/rules';
import { schemaRules } from '../validate/schema/rules';
import { webhookRules } from '../validate/webhook/rules';
import { lintRules } from '../lint/rules';
import type { RuleMeta } from './types';
import type { Stage } from '../diagnostics/types';

const STAGE_ORDER: Record<Stage, number> = { yaml: 0, schema: 1, webhook: 2, lint: 3 };

/** Every rule the core can report, in stage order. The CLI's `rules` command and the rules page print this. */
export const allRules: readonly RuleMeta[] = [
  ...yamlRules,
  ...schemaRules,
  ...webhookRules,
  ...lintRules,
].sort((a, b) => STAGE_ORDER[a.stage] - STAGE_ORDER[b.stage]);

const byCode = new Map(allRules.map((rule) => [rule.code, rule]));

export function ruleFor(code: string): RuleMeta {
  const rule = byCode.get(code);
  if (!rule) throw new Error(`No rule is registered with the code "${code}".`);
  return rule;
}

export function hasRule(code: string): boolean {
  return byCode.has(code);
}

export function stageOrder(stage: Stage): number {
  return STAGE_ORDER[stage];
}
