import type { Finding } from '../../diagnostics/types';
import type { ValidationContext } from '../../check/context';
import type { ClusterSettings } from '../../check/settings';
import type { PodCliqueSetModel } from '../../model/types';
import { validateUpdate } from '../update';
import { backendRules } from './backend';
import { topologyBindingRules } from './binding';
import { claimTemplateRules, pcsSharingRules } from './claims';
import { cliqueTemplateRules } from './cliques';
import { scalingGroupRules } from './groups';
import { metadataRules } from './metadata';
import { mnnvlCreateRules, mnnvlUpdateRules } from './mnnvl';
import { restartPolicyNotice } from './restart-policy';
import { makeScope, type Scope } from './scope';
import { replicasRule, startupTypeRule, terminationDelayRule } from './template';
import { topologyRules } from './topology';

/** Grove's `validate()`: M, S, R, C, G, D rules in that order. */
function validateObject(scope: Scope): Finding[] {
  return [
    ...metadataRules(scope),
    ...replicasRule(scope),
    ...startupTypeRule(scope),
    ...claimTemplateRules(scope),
    ...pcsSharingRules(scope),
    ...cliqueTemplateRules(scope),
    ...scalingGroupRules(scope),
    ...terminationDelayRule(scope),
  ];
}

/**
 * Stage `webhook`: Grove's validating webhook (REFERENCE (b)), on CREATE, or on UPDATE when `previous`
 * (the live object, defaulted) is given. Findings come in Grove's emission order (B.0):
 * CREATE: T -> validate() -> N -> K2; UPDATE: validate() -> U11 -> K2, then U1-U10 only if those
 * found nothing. The restartPolicy notice comes last.
 */
export function validatePodCliqueSet(
  model: PodCliqueSetModel,
  ctx: ValidationContext,
  previous?: PodCliqueSetModel,
): Finding[] {
  const notice = restartPolicyNotice(model);
  if (previous === undefined) {
    const scope = makeScope(model, ctx, 'CREATE');
    return [
      ...topologyRules(model, ctx.cluster),
      ...validateObject(scope),
      ...mnnvlCreateRules(model, ctx.cluster.autoMNNVL),
      ...backendRules(scope),
      ...notice,
    ];
  }
  const scope = makeScope(model, ctx, 'UPDATE');
  const first = [...validateObject(scope), ...mnnvlUpdateRules(model, previous), ...backendRules(scope)];
  if (first.length > 0) return [...first, ...notice];
  return [...validateUpdate(model, previous, ctx.cluster), ...notice];
}

/** The ClusterTopologyBinding webhook; pass the operator settings to also check scheduler bindings. */
export function validateTopologyBinding(value: unknown, cluster?: ClusterSettings): Finding[] {
  return topologyBindingRules(value, cluster);
}
