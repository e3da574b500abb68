import type { RuleMeta } from '../../rules/types';

/** SCAFFOLD: the schema stage's rules. */
export const schemaRules: readonly RuleMeta[] = [];
