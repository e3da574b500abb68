import { stringify } from 'yaml';
import { checkManifest, type CheckOptions } from '../../check/check';
import type { Diagnostic } from '../../diagnostics/types';

/**
 * Small builders for the webhook tests: a valid PodCliqueSet as plain data, changed per case and
 * written out as YAML, so each case reads as the fragment that matters. (Used by tests only.)
 */
export type Data = Record<string, unknown>;

export function clique(name: string, spec: Data = {}, extra: Data = {}): Data {
  return {
    name,
    ...extra,
    spec: {
      roleName: name,
      replicas: 2,
      podSpec: { containers: [{ name: 'main', image: 'busybox' }] },
      ...spec,
    },
  };
}

export function pcs(template: Data = {}, options: { metadata?: Data; spec?: Data } = {}): Data {
  return {
    apiVersion: 'grove.io/v1alpha1',
    kind: 'PodCliqueSet',
    metadata: { name: 'demo', ...options.metadata },
    spec: { replicas: 1, ...options.spec, template: { cliques: [clique('alpha')], ...template } },
  };
}

export function text(...documents: Data[]): string {
  return documents.map((d) => stringify(d)).join('---\n');
}

/** Diagnostics of stage webhook with the given severity, for the first document. */
export function webhookDiagnostics(
  manifest: string,
  options: CheckOptions = {},
  severity: Diagnostic['severity'] = 'error',
): Diagnostic[] {
  const report = checkManifest(manifest, options);
  return report.documents[0]!.diagnostics.filter((d) => d.stage === 'webhook' && d.severity === severity);
}

/** `[code, path, type]` of each webhook error, in emission order. */
export function errorsOf(manifest: string, options: CheckOptions = {}): [string, string, string?][] {
  return webhookDiagnostics(manifest, options).map((d) =>
    d.type ? [d.code, d.path, d.type] : [d.code, d.path],
  );
}
