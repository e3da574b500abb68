import type { RuleMeta } from '../../rules/types';

/** SCAFFOLD: the webhook stage's rules. */
export const webhookRules: readonly RuleMeta[] = [];
