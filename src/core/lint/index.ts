import type { Finding } from '../diagnostics/types';
import type { ValidationContext } from '../check/context';
import type { PodCliqueSetModel } from '../model/types';
import { lintNameCollisions } from './collisions';
import { lintReservedEnv, lintRoleParsing } from './env';
import { lintNameLengths } from './name-lengths';
import { lintNameShapes } from './name-shapes';
import { lintPcsReplicas, lintScaleConfig } from './replicas';
import { lintRestartPolicy } from './restart-policy';
import { lintStartsAfter } from './startup';
import { lintSuffixNames } from './suffix';
import { lintPackDomain } from './topology';
import { lintReplicasUpdate } from './update';

/**
 * Stage `lint`: legal but risky patterns (REFERENCE (h)) in a defaulted PodCliqueSet. Every finding is
 * a warning or an info; `previous` (the live object on an update) enables the update-only rules.
 */
export function lintPodCliqueSet(
  model: PodCliqueSetModel,
  ctx: ValidationContext,
  previous?: PodCliqueSetModel,
): Finding[] {
  const update = ctx.operation === 'UPDATE';
  return [
    ...lintPcsReplicas(model),
    ...lintNameShapes(model),
    ...lintNameLengths(model),
    ...lintSuffixNames(model),
    ...lintNameCollisions(model),
    ...lintScaleConfig(model),
    ...lintStartsAfter(model),
    ...lintReservedEnv(model),
    ...lintRoleParsing(model),
    ...lintRestartPolicy(model),
    ...lintPackDomain(model, update),
    ...(previous ? lintReplicasUpdate(model, previous) : []),
  ];
}
