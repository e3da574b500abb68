import type { RuleMeta } from '../../rules/types';
import { updateRules } from '../update/rules';
import { cliqueRules } from './meta/cliques';
import { groupRules } from './meta/groups';
import { objectRules } from './meta/object';
import { backendRuleMeta, bindingRuleMeta, topologyRuleMeta } from './meta/topology';

/** Every rule of Grove's validating webhooks (REFERENCE (b)), create and update. */
export const webhookRules: readonly RuleMeta[] = [
  ...objectRules,
  ...cliqueRules,
  ...groupRules,
  ...topologyRuleMeta,
  ...backendRuleMeta,
  ...updateRules,
  ...bindingRuleMeta,
];
