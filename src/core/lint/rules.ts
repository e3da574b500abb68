import type { RuleMeta } from '../rules/types';

/** SCAFFOLD: the lint stage's rules. */
export const lintRules: readonly RuleMeta[] = [];
