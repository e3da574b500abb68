import type { Finding, Locator } from '../../diagnostics/types';

/**
 * Fields the CRD requires but Grove's defaulting webhook always fills in before the API server checks the
 * schema (REFERENCE section 0 and (a)): a manifest may leave them out. `'[]'` stands for any list index.
 * The editor's JSON Schema (scripts/gen-schemas.mjs) makes the same fields optional.
 */
export const webhookFilledFields: Readonly<Record<string, readonly (readonly string[])[]>> = {
  PodCliqueSet: [
    ['spec', 'template', 'cliques', '[]', 'spec', 'replicas'],
    ['spec', 'template', 'cliques', '[]', 'spec', 'roleName'],
  ],
  ClusterTopologyBinding: [],
};

function matches(at: Locator, pattern: readonly string[]): boolean {
  if (at.length !== pattern.length) return false;
  for (let i = 0; i < at.length; i++)
    if (pattern[i] === '[]' ? typeof at[i] !== 'number' : at[i] !== pattern[i]) return false;
  return true;
}

/**
 * A required field the webhook fills can only be missing when the webhook could not read the object (a value of
 * the wrong type, reported on its own); the API server then never checks it, so it is not reported twice.
 */
export function filledByWebhook(kind: string, finding: Finding): boolean {
  return (
    finding.code === 'schema-required' &&
    (webhookFilledFields[kind] ?? []).some((pattern) => matches(finding.at, pattern))
  );
}
