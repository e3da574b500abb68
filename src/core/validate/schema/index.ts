import type { Finding } from '../../diagnostics/types';
import type { ValidationContext } from '../../check/context';

export type SchemaKind = 'PodCliqueSet' | 'ClusterTopologyBinding';

/**
 * Stage `schema`: what the API server refuses before Grove sees the object (CRD structure, enums,
 * list-map keys, CEL rules, unknown fields under kubectl's strict validation).
 * SCAFFOLD: replaced by the schema validator.
 */
export function validateSchema(_value: unknown, _kind: SchemaKind, _ctx: ValidationContext): Finding[] {
  return [];
}
