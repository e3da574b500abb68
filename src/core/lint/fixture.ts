import { HELM_DEFAULTS } from '../check/settings';
import { applyDefaults } from '../defaults/defaults';
import type { Finding } from '../diagnostics/types';
import { readPodCliqueSet } from '../model/read';
import type { PodCliqueSetModel } from '../model/types';
import { parseManifest } from '../parse/parse';
import { lintPodCliqueSet } from './index';

/** Test support: the defaulted model of the first document, as the lint stage receives it. */
export function modelOf(text: string): PodCliqueSetModel {
  return readPodCliqueSet(applyDefaults(parseManifest(text).documents[0]?.value).value);
}

/** Test support: the lint findings for a manifest (judged as an update of `previous` when given). */
export function lintText(text: string, previous?: string): Finding[] {
  const before = previous !== undefined ? modelOf(previous) : undefined;
  const ctx = { cluster: HELM_DEFAULTS, operation: before ? ('UPDATE' as const) : ('CREATE' as const) };
  return lintPodCliqueSet(modelOf(text), ctx, before);
}

/** Test support: the findings of one code. */
export function only(findings: readonly Finding[], code: string): Finding[] {
  return findings.filter((f) => f.code === code);
}

/**
 * Test support: a PodCliqueSet with the given name, replicas and `spec.template` body (YAML indented by
 * four spaces under `template:`).
 */
export function pcs(name: string, template: string, replicas: number | null = 1): string {
  return [
    'apiVersion: grove.io/v1alpha1',
    'kind: PodCliqueSet',
    'metadata:',
    `  name: ${name}`,
    'spec:',
    ...(replicas === null ? [] : [`  replicas: ${replicas}`]),
    '  template:',
    ...template
      .replace(/^\n+|\s+$/g, '')
      .split('\n')
      .map((line) => `    ${line}`),
    '',
  ].join('\n');
}

/** Test support: one clique entry (a list item under `cliques:`). */
export function clique(name: string, extra = '', replicas = 1): string {
  return [
    `- name: ${name}`,
    '  spec:',
    `    roleName: ${name}`,
    `    replicas: ${replicas}`,
    ...extra
      .replace(/^\n+|\s+$/g, '')
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => `    ${l}`),
    '    podSpec:',
    '      containers:',
    '        - name: main',
    '          image: busybox',
  ].join('\n');
}
