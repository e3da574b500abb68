import type { Finding } from '../../diagnostics/types';
import type { ValidationContext } from '../../check/context';
import type { PodCliqueSetModel } from '../../model/types';

/**
 * Stage `webhook`: Grove's validating webhook (REFERENCE (b)), on CREATE, or on UPDATE when `previous` is given.
 * SCAFFOLD: replaced by the webhook validator.
 */
export function validatePodCliqueSet(
  _model: PodCliqueSetModel,
  _ctx: ValidationContext,
  _previous?: PodCliqueSetModel,
): Finding[] {
  return [];
}

/** The ClusterTopologyBinding webhook. SCAFFOLD. */
export function validateTopologyBinding(_value: unknown): Finding[] {
  return [];
}
