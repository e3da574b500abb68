import type { ErrorType, Severity } from '../../../diagnostics/types';
import type { RuleMeta } from '../../../rules/types';

/** Grove source files the webhook rules cite (REFERENCE's short names in comments). */
export const SRC = {
  /** validation.go */
  validation: 'operator/internal/webhook/admission/pcs/validation/podcliqueset.go',
  /** handler.go */
  handler: 'operator/internal/webhook/admission/pcs/validation/handler.go',
  /** topo-validation.go */
  topology: 'operator/internal/webhook/admission/pcs/validation/topologyconstraints.go',
  /** deps.go */
  deps: 'operator/internal/webhook/admission/pcs/validation/podcliquedeps.go',
  /** mnnvl-webhook.go */
  mnnvl: 'operator/internal/mnnvl/webhook.go',
  kai: 'operator/internal/scheduler/kai/backend.go',
  lpx: 'operator/internal/scheduler/lpx/backend.go',
  volcano: 'operator/internal/scheduler/volcano/backend.go',
  binding: 'operator/internal/webhook/admission/clustertopology/validation/validation.go',
  defaulting: 'operator/internal/webhook/admission/pcs/defaulting/podcliqueset.go',
} as const;

export interface WebhookRuleInput {
  readonly code: string;
  readonly ref: string;
  readonly type?: ErrorType;
  readonly severity?: Severity;
  readonly title: string;
  readonly explanation: string;
  readonly fix: string;
  readonly source: string;
}

/** A rule of stage `webhook`: an error of type Invalid unless said otherwise. */
export function webhookRule(input: WebhookRuleInput): RuleMeta {
  return {
    stage: 'webhook',
    severity: input.severity ?? 'error',
    ...(input.severity === 'info' || input.severity === 'warning' ? {} : { type: input.type ?? 'Invalid' }),
    code: input.code,
    ref: input.ref,
    title: input.title,
    explanation: input.explanation,
    fix: input.fix,
    source: input.source,
  };
}
