import type { ErrorType, Finding } from '../../diagnostics/types';
import type { ValidationContext } from '../../check/context';
import { formatPath } from '../../parse/locate';
import { crdSchemas, type SchemaKind, type SchemaNode } from '../../schema';
import { celImplementation } from './cel';
import { SchemaWalk } from './walk';
import { filledByWebhook } from './webhook-filled';

export type { SchemaKind } from '../../schema';

const HEADS: Record<ErrorType, string> = {
  Required: 'Required value',
  Invalid: 'Invalid value',
  Duplicate: 'Duplicate value',
  Forbidden: 'Forbidden',
  NotSupported: 'Unsupported value',
  NotFound: 'Not found',
  TooLong: 'Too long',
  TooMany: 'Too many',
  InternalError: 'Internal error',
};

/** Every CEL rule in the bundled schemas has an implementation (the generator guarantees it; this says so early). */
function assertImplemented(node: SchemaNode, seen = new Set<SchemaNode>()): void {
  if (seen.has(node)) return;
  seen.add(node);
  for (const rule of node.rules ?? [])
    if (!celImplementation(rule.rule)) throw new Error(`No implementation for the CEL rule ${rule.rule}`);
  for (const child of node.properties?.values() ?? []) assertImplemented(child, seen);
  if (node.items) assertImplemented(node.items, seen);
  if (node.additional) assertImplemented(node.additional, seen);
}
assertImplemented(crdSchemas.PodCliqueSet);
assertImplemented(crdSchemas.ClusterTopologyBinding);

/** The CRD's CEL rules, run only when the walk found no error that stops the API server from running them. */
function runCelRules(walk: SchemaWalk, ctx: ValidationContext): void {
  for (const { node, value, at } of walk.pending)
    for (const rule of node.rules ?? []) {
      const verdict = celImplementation(rule.rule)!.check(value, ctx.operation);
      if (verdict === true) continue;
      const reported = [...at, ...rule.fieldPath];
      const pointAt = verdict === false ? reported : [...at, ...verdict];
      walk.findings.push({
        code: celImplementation(rule.rule)!.code,
        path: formatPath(reported),
        at: pointAt,
        message: `${HEADS[rule.type]}: ${rule.message}.`,
        type: rule.type,
        ...(verdict !== false ? { onKey: true } : {}),
      });
    }
}

/**
 * Stage `schema`: what the API server refuses before Grove's validating webhook sees the object (REFERENCE
 * section 0 step 3 and B.4): the CRD's structure, enums, patterns, lengths, list-map keys, unknown fields
 * (kubectl's default strict validation) and CEL rules. Runs on the defaulted object. `metadata` is left to
 * the API server's ObjectMeta rules (webhook rule M1); `status` is ignored by the API server.
 */
export function validateSchema(value: unknown, kind: SchemaKind, ctx: ValidationContext): Finding[] {
  const walk = new SchemaWalk(kind);
  walk.visit(value, crdSchemas[kind]);
  if (!walk.blocking) runCelRules(walk, ctx);
  return walk.findings.filter((f) => !filledByWebhook(kind, f));
}
