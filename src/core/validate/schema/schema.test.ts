import { describe, expect, it } from 'vitest';
import { checkManifest, type CheckOptions } from '../../check/check';
import type { Diagnostic } from '../../diagnostics/types';
import { yaml } from '../../test-support/dedent';
import { samples, seedText } from '../../test-support/samples';

// The schema stage through the whole check: what the API server refuses, where the editor marks it.

function schema(text: string, options?: CheckOptions): Diagnostic[] {
  return checkManifest(text, options)
    .documents.flatMap((d) => d.diagnostics)
    .filter((d) => d.stage === 'schema');
}

/** The text a diagnostic's range covers. */
function marked(text: string, d: Diagnostic): string {
  return text.slice(d.range.start, d.range.end);
}

const head = yaml`
  apiVersion: grove.io/v1alpha1
  kind: PodCliqueSet
  metadata:
    name: demo
  spec:
    replicas: 1
    template:
      cliques:
`;

/** A clique item at the indentation of `head`'s cliques list. */
function clique(name: string, specLines = 'replicas: 1'): string {
  return [
    `    - name: ${name}`,
    `      spec:`,
    ...specLines.split('\n').map((line) => `        ${line}`),
    `        podSpec:`,
    `          containers: [{name: main, image: busybox}]`,
    '',
  ].join('\n');
}

describe('schema stage on valid manifests', () => {
  it.each(samples.map((s) => [s.name, s.text] as const))('finds nothing in Grove sample %s', (_, text) => {
    expect(schema(text)).toEqual([]);
  });

  it('finds nothing in the seed, whose frontend clique leaves roleName to the defaulting webhook', () => {
    expect(seedText).toMatch(/- name: frontend\n {6}spec:\n {8}replicas: 2\n {8}podSpec:/);
    expect(schema(seedText)).toEqual([]);
  });

  it('reads numbers as the API server does: 1e9 and 2.0 are integers, -1 is not limited by the CRD', () => {
    expect(schema(head + clique('a', 'replicas: 2.0')).map((d) => d.code)).toEqual([]);
    expect(schema(head.replace('replicas: 1', 'replicas: 1e9') + clique('a'))).toEqual([]);
    // Negative PodCliqueSet replicas are refused by Grove's webhook (S1), not by the CRD.
    expect(schema(head.replace('replicas: 1', 'replicas: -1') + clique('a'))).toEqual([]);
  });
});

describe('schema stage findings, placed in the text', () => {
  it('suggests minAvailable for minAvaliable, on the key', () => {
    const text = head + clique('a', 'replicas: 2\nminAvaliable: 1');
    const [d, ...rest] = schema(text);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({
      code: 'schema-unknown-field',
      path: 'spec.template.cliques[0].spec.minAvaliable',
      line: 12,
      column: 9,
      fix: 'Rename it to "minAvailable".',
    });
    expect(marked(text, d!)).toBe('minAvaliable');
    expect(d!.message).toContain('unknown field "spec.template.cliques[0].spec.minAvaliable"');
    expect(d!.message).toContain('Did you mean "minAvailable"?');
  });

  it('says where a field at the wrong level belongs', () => {
    const text = head + clique('a').replace('  spec:\n', '  replicas: 2\n      spec:\n');
    expect(text).toContain('    - name: a\n      replicas: 2\n      spec:\n        replicas: 1\n');
    const [d] = schema(text);
    expect(d).toMatchObject({ code: 'schema-unknown-field', path: 'spec.template.cliques[0].replicas' });
    expect(d!.message).toContain('"replicas" belongs inside "spec"');
  });

  it('reports a duplicate clique name at the later index', () => {
    const text = head + ['a', 'b', 'c', 'd', 'b'].map((n) => clique(n)).join('');
    const found = schema(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      code: 'schema-list-map-duplicate',
      type: 'Duplicate',
      path: 'spec.template.cliques[4]',
      line: 29,
      column: 7,
    });
    expect(found[0]!.message).toContain('item [1] of this list already has name "b"');
  });

  it('reports a duplicate env name inside a container at its second index', () => {
    const text =
      head +
      clique('a').replace(
        'containers: [{name: main, image: busybox}]',
        'containers: [{name: main, image: busybox, env: [{name: A}, {name: B}, {name: A, value: "2"}]}]',
      );
    expect(schema(text).map((d) => [d.code, d.path])).toEqual([
      ['schema-list-map-duplicate', 'spec.template.cliques[0].spec.podSpec.containers[0].env[2]'],
    ]);
  });

  it('refuses replicas: "three" without crashing, at the value, and nothing the webhook would fill', () => {
    const text = head + clique('a', 'replicas: "three"');
    const found = schema(text);
    expect(found).toHaveLength(1);
    const d = found[0]!;
    expect(d.code).toBe('schema-type');
    expect(d).toMatchObject({ path: 'spec.template.cliques[0].spec.replicas', type: 'Invalid', line: 11 });
    expect(marked(text, d)).toBe('"three"');
    expect(d.message).toBe('Invalid value: "three": must be an integer, not a string.');
  });

  it('refuses 2147483648 in an int32 field and a fraction in an integer field', () => {
    const text =
      head.replace('replicas: 1', 'replicas: 2147483648') +
      clique('a', 'replicas: 2147483647\nminAvailable: 2147483648') +
      clique('b', 'replicas: 1.5');
    expect(schema(text).map((d) => [d.code, d.path, d.line])).toEqual([
      ['schema-integer-range', 'spec.replicas', 6],
      ['schema-integer-range', 'spec.template.cliques[0].spec.minAvailable', 12],
      ['schema-type', 'spec.template.cliques[1].spec.replicas', 17],
    ]);
  });

  it('treats __proto__ and constructor keys as unknown fields', () => {
    const text = yaml`
      apiVersion: grove.io/v1alpha1
      kind: PodCliqueSet
      __proto__: {polluted: true}
      metadata: {name: demo}
      spec:
        constructor: 1
        template:
          cliques:
            - name: a
              __proto__: []
              spec:
                toString: x
                podSpec:
                  containers: [{name: main, image: busybox}]
    `;
    const found = schema(text);
    expect(found.map((d) => [d.path, d.line, d.column])).toEqual([
      ['__proto__', 3, 1],
      ['spec.constructor', 6, 3],
      ['spec.template.cliques[0].__proto__', 10, 9],
      ['spec.template.cliques[0].spec.toString', 12, 11],
    ]);
    expect(found.every((d) => d.code === 'schema-unknown-field')).toBe(true);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('reports a deeply nested unknown object once, at its key', () => {
    let nested = '1';
    for (let i = 0; i < 200; i++) nested = `{level${i}: ${nested}}`;
    const text = head.replace('  template:\n', `  extra: ${nested}\n  template:\n`) + clique('a');
    const found = schema(text);
    expect(found.map((d) => [d.code, d.path, d.line])).toEqual([['schema-unknown-field', 'spec.extra', 7]]);
  });

  it('suggests spec for a misspelt top-level field', () => {
    const text = head.replace('spec:', 'spce:') + clique('a');
    const found = schema(text);
    expect(found.map((d) => [d.code, d.path])).toEqual([
      ['schema-unknown-field', 'spce'],
      ['schema-required', 'spec'],
    ]);
    expect(found[0]!.fix).toBe('Rename it to "spec".');
  });

  it('counts a null as missing and leaves metadata to the API server', () => {
    const text = yaml`
      apiVersion: grove.io/v1alpha1
      kind: PodCliqueSet
      metadata: {name: demo, nmae: typo}
      spec:
        template: null
    `;
    expect(schema(text).map((d) => [d.code, d.path, d.type])).toEqual([
      ['schema-required', 'spec.template', 'Required'],
    ]);
  });

  it('reads YAML 1.1 booleans as kubectl does: image: y is true, not a string', () => {
    const text = head + clique('a').replace('image: busybox', 'image: y');
    expect(schema(text).map((d) => [d.code, d.path, d.message])).toEqual([
      [
        'schema-type',
        'spec.template.cliques[0].spec.podSpec.containers[0].image',
        'Invalid value: true: must be a string, not a boolean.',
      ],
    ]);
  });

  it('names the supported values of an enum and suggests the closest', () => {
    const text = head.replace('  template:\n', '  template:\n    cliqueStartupType: InOrder\n') + clique('a');
    const [d] = schema(text);
    expect(d).toMatchObject({
      code: 'schema-enum',
      type: 'NotSupported',
      fix: 'Use "CliqueStartupTypeInOrder".',
    });
    expect(d!.message).toBe(
      'Unsupported value: "InOrder": supported values: "CliqueStartupTypeAnyOrder", "CliqueStartupTypeInOrder", "CliqueStartupTypeExplicit".',
    );
  });
});

describe('packDomain (create-only CEL rules)', () => {
  const withPackDomain = yaml`
    apiVersion: grove.io/v1alpha1
    kind: PodCliqueSet
    metadata: {name: demo}
    spec:
      replicas: 1
      template:
        topologyConstraint: {topologyName: cluster, packDomain: zone}
        cliques:
          - name: a
            topologyConstraint: {packDomain: rack}
            spec:
              replicas: 1
              podSpec:
                containers: [{name: main, image: busybox}]
        podCliqueScalingGroups:
          - name: g
            cliqueNames: [a]
            topologyConstraint:
              packDomain: rack
  `;

  it('is Forbidden on create, at the paths the CRD names, pointing at each packDomain', () => {
    const found = schema(withPackDomain);
    expect(found.map((d) => [d.code, d.type, d.path, d.line])).toEqual([
      ['schema-pack-domain-forbidden', 'Forbidden', 'spec.template.topologyConstraint.packDomain', 7],
      ['schema-pack-domain-forbidden', 'Forbidden', 'spec.template.cliques', 10],
      ['schema-pack-domain-forbidden', 'Forbidden', 'spec.template.podCliqueScalingGroups', 19],
    ]);
    expect(found.map((d) => marked(withPackDomain, d))).toEqual(['packDomain', 'packDomain', 'packDomain']);
    expect(found[0]!.message).toBe(
      'Forbidden: packDomain is deprecated and cannot be used on new workloads; use pack.required.',
    );
  });

  it('is allowed on update of an existing PodCliqueSet', () => {
    expect(schema(withPackDomain, { previous: withPackDomain })).toEqual([]);
  });

  it('is not checked while the object has a type error (the API server skips CEL rules then)', () => {
    const broken = withPackDomain.replace('replicas: 1\n  template', 'replicas: "1"\n  template');
    expect(schema(broken).map((d) => d.code)).toEqual(['schema-type']);
  });
});

describe('ClusterTopologyBinding', () => {
  it('is checked with its own CRD', () => {
    const text = yaml`
      apiVersion: grove.io/v1alpha1
      kind: ClusterTopologyBinding
      metadata: {name: cluster}
      spec:
        levels:
          - {domain: Zone, key: topology.kubernetes.io/zone}
          - {domian: host, key: kubernetes.io/hostname}
    `;
    expect(schema(text).map((d) => [d.code, d.path, d.line])).toEqual([
      ['schema-pattern', 'spec.levels[0].domain', 6],
      ['schema-unknown-field', 'spec.levels[1].domian', 7],
      ['schema-required', 'spec.levels[1].domain', 7],
    ]);
  });
});
