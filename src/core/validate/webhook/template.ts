import type { Finding } from '../../diagnostics/types';
import { STARTUP_TYPES } from '../../model/types';
import { finding, templateAt } from './finding';
import { parseGoDuration } from './k8s/duration';
import type { Scope } from './scope';

/** S1: `spec.replicas` may not be negative. */
export function replicasRule({ model }: Scope): Finding[] {
  if (model.replicas === undefined || model.replicas >= 0) return [];
  return [
    finding(
      'replicas-negative',
      ['spec', 'replicas'],
      `spec.replicas is ${model.replicas}; the number of PodCliqueSet replicas cannot be negative.`,
    ),
  ];
}

/** S2: `cliqueStartupType` must be one of Grove's three values. */
export function startupTypeRule({ model }: Scope): Finding[] {
  const at = templateAt('cliqueStartupType');
  const value = model.cliqueStartupType;
  if (value === undefined)
    return [
      finding('startup-type-invalid', at, 'cliqueStartupType is not set (the CRD normally fills it in).', {
        type: 'Required',
      }),
    ];
  if ((STARTUP_TYPES as readonly string[]).includes(value)) return [];
  return [
    finding(
      'startup-type-invalid',
      at,
      `cliqueStartupType '${value}' is not one of ${STARTUP_TYPES.join(', ')}.`,
    ),
  ];
}

/** D1: `terminationDelay` must be a Go duration greater than zero. */
export function terminationDelayRule({ model }: Scope): Finding[] {
  const at = templateAt('terminationDelay');
  const text = model.terminationDelay;
  if (text === undefined)
    return [
      finding(
        'termination-delay-invalid',
        at,
        'terminationDelay is not set to a duration text such as "4h" (Grove fills in 4h only when the field is left out).',
        { type: 'Required' },
      ),
    ];
  const nanoseconds = parseGoDuration(text);
  if (nanoseconds === undefined)
    return [
      finding(
        'termination-delay-invalid',
        at,
        `terminationDelay '${text}' is not a Go duration (write a number and a unit, e.g. 4h, 30m or 1h30m); Grove cannot read the object.`,
      ),
    ];
  if (nanoseconds > 0) return [];
  return [
    finding(
      'termination-delay-invalid',
      at,
      `terminationDelay '${text}' is not greater than zero; Grove needs a positive grace period before it terminates a gang that fell below minAvailable.`,
    ),
  ];
}
