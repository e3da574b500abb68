import { describe, expect, it } from 'vitest';
import { checkManifest } from '../../check/check';
import { HELM_DEFAULTS } from '../../check/settings';
import { readPodCliqueSet } from '../../model/read';
import { parseManifest } from '../../parse/parse';
import { samples, seedText } from '../../test-support/samples';
import { yaml } from '../../test-support/dedent';
import { validatePodCliqueSet } from '.';
import { clique, errorsOf, pcs, text, webhookDiagnostics } from './test-fixtures';

const ctx = { cluster: HELM_DEFAULTS, operation: 'CREATE' as const };

describe('webhook stage on Grove samples', () => {
  it.each(samples.map((s) => [s.name, s.text]))('%s has no webhook error', (_name, sampleText) => {
    expect(errorsOf(sampleText)).toEqual([]);
  });
});

describe('B.0 emission order on create', () => {
  it('reports topology, then validate() (M, S, C, G, D), then MNNVL, then the backend', () => {
    const manifest = text(
      pcs(
        {
          topologyConstraint: { topologyName: 'ct', pack: { required: 'zone' } },
          terminationDelay: '0s',
          cliques: [
            clique('alpha', {
              podSpec: { containers: [{ name: 'm', image: 'x' }], schedulerName: 'kai-scheduler' },
            }),
          ],
          podCliqueScalingGroups: [{ name: 'g', cliqueNames: ['alpha'], replicas: -1, minAvailable: -1 }],
        },
        {
          metadata: { name: 'Demo', annotations: { 'grove.io/mnnvl-group': 'nvl' } },
          spec: { replicas: -2 },
        },
      ),
    );
    expect(errorsOf(manifest).map(([code]) => code)).toEqual([
      'topology-disabled',
      'metadata-name-invalid',
      'replicas-negative',
      'group-replicas-invalid',
      'group-min-available-not-positive',
      'termination-delay-invalid',
      'mnnvl-disabled',
      'kai-queue-missing',
    ]);
  });

  it('C1: an empty clique list is reported once; the checks that would crash Grove are not run', () => {
    const diagnostics = webhookDiagnostics(text(pcs({ cliques: [] })));
    expect(diagnostics.map((d) => d.code)).toEqual(['cliques-required']);
    expect(diagnostics[0]!.message).toContain('HTTP 500');
  });
});

describe('placement in the text', () => {
  it('C13 points at the second clique of that name, with a message naming both', () => {
    const manifest = yaml`
      apiVersion: grove.io/v1alpha1
      kind: PodCliqueSet
      metadata:
        name: demo
      spec:
        replicas: 1
        template:
          cliques:
            - name: pworker
              spec: {roleName: a, replicas: 1, podSpec: {containers: [{name: m, image: x}]}}
            - name: other
              spec: {roleName: b, replicas: 1, podSpec: {containers: [{name: m, image: x}]}}
            - name: pworker
              spec: {roleName: c, replicas: 1, podSpec: {containers: [{name: m, image: x}]}}
    `;
    const [duplicate] = webhookDiagnostics(manifest);
    expect(duplicate).toMatchObject({
      code: 'clique-name-duplicate',
      path: 'spec.template.cliques.name',
      line: 13,
      column: 15,
    });
    expect(duplicate!.message).toContain("clique name 'pworker' is used by cliques[0] and cliques[2]");
  });

  it('K2 errors point at spec, and an invalid label key at the key', () => {
    const manifest = yaml`
      apiVersion: grove.io/v1alpha1
      kind: PodCliqueSet
      metadata:
        name: demo
      spec:
        replicas: 1
        template:
          cliques:
            - name: alpha
              labels:
                "bad key": x
              spec: {roleName: a, replicas: 1, podSpec: {schedulerName: nope, containers: [{name: m, image: x}]}}
    `;
    const byCode = new Map(webhookDiagnostics(manifest).map((d) => [d.code, d]));
    expect(byCode.get('clique-labels-invalid')).toMatchObject({ line: 11, column: 11 });
    expect(byCode.get('scheduler-backend-not-enabled')).toMatchObject({ path: 'spec', line: 5, column: 1 });
    expect(byCode.get('scheduler-not-enabled')).toMatchObject({ line: 12, column: 67 });
  });
});

describe('restartPolicy notice', () => {
  it('is one info finding per document, counting the cliques, and says an explicit value is kept', () => {
    const manifest = text(
      pcs({
        cliques: [
          clique('alpha'),
          clique('beta', { podSpec: { containers: [{ name: 'm', image: 'x' }], restartPolicy: 'Never' } }),
          clique('gamma'),
        ],
      }),
    );
    const notices = webhookDiagnostics(manifest, {}, 'info');
    expect(notices.map((d) => [d.code, d.path])).toEqual([
      ['restart-policy-warning', 'spec.template.cliques'],
    ]);
    expect(notices[0]!.message).toContain('once per clique (3 times here)');
    expect(notices[0]!.message).toContain("'Never' stays as written");
  });
  it('is an info, so it never makes a manifest invalid', () => {
    expect(checkManifest(seedText).errors).toBe(0);
  });
});

describe('never crashes on odd input', () => {
  const odd = [
    'apiVersion: grove.io/v1alpha1\nkind: PodCliqueSet\n',
    'apiVersion: grove.io/v1alpha1\nkind: PodCliqueSet\nmetadata: 7\nspec: [1, 2]\n',
    'apiVersion: grove.io/v1alpha1\nkind: PodCliqueSet\nspec:\n  template:\n    cliques: [3, null, {name: 7, spec: "x"}]\n',
    'apiVersion: grove.io/v1alpha1\nkind: PodCliqueSet\nmetadata: {name: x}\nspec:\n  replicas: 1e9\n  template:\n    terminationDelay: 5\n    cliques:\n      - name: __proto__\n        labels: {__proto__: x, constructor: y}\n        spec: {replicas: "three", startsAfter: [1, null], podSpec: {containers: [{env: [null, 3, {name: 5}]}]}}\n    podCliqueScalingGroups: [{name: 3, cliqueNames: "alpha", replicas: -1}, null]\n',
  ];
  it.each(odd)('%#', (input) => {
    expect(() => checkManifest(input)).not.toThrow();
    expect(() => checkManifest(input, { previous: input.replace('name: x', 'name: x') })).not.toThrow();
  });
});

describe('rules reachable only through the model', () => {
  const model = (value: unknown) => readPodCliqueSet(value);
  const doc = (t: string) => parseManifest(t).documents[0]!.value;
  it('M1 namespace, S2, C8a and D1 report what defaulting would have filled in', () => {
    const raw = doc(text(pcs({ cliques: [clique('alpha')] })));
    const codes = validatePodCliqueSet(model(raw), ctx).map((f) => [f.code, f.path]);
    expect(codes).toEqual([
      ['metadata-namespace-invalid', 'metadata.namespace'],
      ['startup-type-invalid', 'spec.template.cliqueStartupType'],
      ['clique-min-available-required', 'spec.template.cliques[0].spec.minAvailable'],
      ['termination-delay-invalid', 'spec.template.terminationDelay'],
    ]);
  });
});
