import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { checkManifest, type CheckOptions } from '../../check/check';
import { compileSchema } from '../../schema';
import { schemaRules } from './rules';
import { SchemaWalk } from './walk';

// Every rule of stage `schema`: one manifest that breaks it (the rule fires, at the API server's path) and the
// same manifest corrected (no schema finding at all).

type Json = Record<string, unknown>;

function pcs(): Json {
  return {
    apiVersion: 'grove.io/v1alpha1',
    kind: 'PodCliqueSet',
    metadata: { name: 'demo' },
    spec: {
      replicas: 1,
      template: {
        cliques: [
          {
            name: 'a',
            spec: { replicas: 1, podSpec: { containers: [{ name: 'c', image: 'busybox' }] } },
          },
        ],
      },
    },
  };
}

function ctb(): Json {
  return {
    apiVersion: 'grove.io/v1alpha1',
    kind: 'ClusterTopologyBinding',
    metadata: { name: 'cluster' },
    spec: { levels: [{ domain: 'zone', key: 'topology.kubernetes.io/zone' }] },
  };
}

/** Navigation helpers for the fixtures (the tests know their shape). */
const spec = (doc: Json) => doc['spec'] as Json;
const template = (doc: Json) => spec(doc)['template'] as Json;
const cliques = (doc: Json) => template(doc)['cliques'] as Json[];
const cliqueSpec = (doc: Json) => cliques(doc)[0]!['spec'] as Json;
const container = (doc: Json) => ((cliqueSpec(doc)['podSpec'] as Json)['containers'] as Json[])[0]!;
const level = (doc: Json) => (spec(doc)['levels'] as Json[])[0]!;

function schemaDiagnostics(doc: Json, options: CheckOptions = {}) {
  const report = checkManifest(stringify(doc), options);
  return report.documents.flatMap((d) => d.diagnostics).filter((d) => d.stage === 'schema');
}

interface Case {
  code: string;
  path: string;
  type: string;
  /** Other schema codes the broken manifest also (rightly) gets. */
  also?: string[];
  bad: () => Json;
  good: () => Json;
  options?: CheckOptions;
}

function edit(base: () => Json, change: (doc: Json) => void): () => Json {
  return () => {
    const doc = base();
    change(doc);
    return doc;
  };
}

const previous: CheckOptions = { previous: stringify(pcs()) };

const cases: Case[] = [
  {
    code: 'schema-type',
    path: 'spec.replicas',
    type: 'Invalid',
    bad: edit(pcs, (d) => (spec(d)['replicas'] = 'three')),
    good: edit(pcs, (d) => (spec(d)['replicas'] = 3)),
  },
  {
    code: 'schema-integer-range',
    path: 'spec.replicas',
    type: 'Invalid',
    bad: edit(pcs, (d) => (spec(d)['replicas'] = 2147483648)),
    good: edit(pcs, (d) => (spec(d)['replicas'] = 2147483647)),
  },
  {
    code: 'schema-required',
    path: 'spec.template.cliques[0].spec.podSpec.containers',
    type: 'Required',
    bad: edit(pcs, (d) => (cliqueSpec(d)['podSpec'] = {})),
    good: pcs,
  },
  {
    code: 'schema-enum',
    path: 'spec.updateStrategy.type',
    type: 'NotSupported',
    bad: edit(pcs, (d) => (spec(d)['updateStrategy'] = { type: 'Rolling' })),
    good: edit(pcs, (d) => (spec(d)['updateStrategy'] = { type: 'OnDelete' })),
  },
  {
    code: 'schema-pattern',
    path: 'spec.template.cliques[0].spec.podSpec.containers[0].resources.requests.cpu',
    type: 'Invalid',
    bad: edit(pcs, (d) => (container(d)['resources'] = { requests: { cpu: 'ten' } })),
    good: edit(pcs, (d) => (container(d)['resources'] = { requests: { cpu: '10m', memory: 1 } })),
  },
  {
    code: 'schema-min-length',
    path: 'spec.levels[0].domain',
    type: 'Invalid',
    also: ['schema-pattern'],
    bad: edit(ctb, (d) => (level(d)['domain'] = '')),
    good: edit(ctb, (d) => (level(d)['domain'] = 'z')),
  },
  {
    code: 'schema-max-length',
    path: 'spec.levels[0].key',
    type: 'TooLong',
    bad: edit(ctb, (d) => (level(d)['key'] = 'k'.repeat(64))),
    good: edit(ctb, (d) => (level(d)['key'] = 'k'.repeat(63))),
  },
  {
    code: 'schema-min-items',
    path: 'spec.levels',
    type: 'Invalid',
    bad: edit(ctb, (d) => (spec(d)['levels'] = [])),
    good: ctb,
  },
  {
    code: 'schema-unknown-field',
    path: 'spec.template.cliques[0].spec.minAvaliable',
    type: 'Invalid',
    bad: edit(pcs, (d) => (cliqueSpec(d)['minAvaliable'] = 1)),
    good: edit(pcs, (d) => (cliqueSpec(d)['minAvailable'] = 1)),
  },
  {
    code: 'schema-list-map-duplicate',
    path: 'spec.template.cliques[0].spec.podSpec.containers[0].ports[1]',
    type: 'Duplicate',
    bad: edit(
      pcs,
      (d) => (container(d)['ports'] = [{ containerPort: 80 }, { containerPort: 80, protocol: 'TCP' }]),
    ),
    good: edit(
      pcs,
      (d) => (container(d)['ports'] = [{ containerPort: 80 }, { containerPort: 80, protocol: 'UDP' }]),
    ),
  },
  {
    code: 'schema-list-set-duplicate',
    path: 'spec.template.cliques[0].spec.podSpec.containers[0].restartPolicyRules[0].exitCodes.values[2]',
    type: 'Duplicate',
    bad: edit(pcs, (d) => {
      container(d)['restartPolicyRules'] = [
        { action: 'Restart', exitCodes: { operator: 'In', values: [1, 2, 1] } },
      ];
    }),
    good: edit(pcs, (d) => {
      container(d)['restartPolicyRules'] = [
        { action: 'Restart', exitCodes: { operator: 'In', values: [1, 2, 3] } },
      ];
    }),
  },
  {
    code: 'schema-pack-empty',
    path: 'spec.template.topologyConstraint.pack',
    type: 'Required',
    bad: edit(pcs, (d) => (template(d)['topologyConstraint'] = { pack: {} })),
    good: edit(pcs, (d) => (template(d)['topologyConstraint'] = { pack: { preferred: 'rack' } })),
  },
  {
    code: 'schema-topology-pack-missing',
    path: 'spec.template.cliques[0].topologyConstraint.pack',
    type: 'Required',
    bad: edit(pcs, (d) => (cliques(d)[0]!['topologyConstraint'] = { topologyName: 'cluster' })),
    good: edit(pcs, (d) => {
      cliques(d)[0]!['topologyConstraint'] = { topologyName: 'cluster', pack: { required: 'host' } };
    }),
  },
  {
    code: 'schema-pack-domain-conflict',
    path: 'spec.template.topologyConstraint.pack.required',
    type: 'Invalid',
    options: previous,
    bad: edit(
      pcs,
      (d) => (template(d)['topologyConstraint'] = { packDomain: 'rack', pack: { required: 'rack' } }),
    ),
    good: edit(
      pcs,
      (d) => (template(d)['topologyConstraint'] = { packDomain: 'rack', pack: { preferred: 'host' } }),
    ),
  },
  {
    code: 'schema-pack-domain-forbidden',
    path: 'spec.template.podCliqueScalingGroups',
    type: 'Forbidden',
    bad: edit(pcs, (d) => {
      template(d)['podCliqueScalingGroups'] = [
        { name: 'g', cliqueNames: ['a'], topologyConstraint: { packDomain: 'rack' } },
      ];
    }),
    good: edit(pcs, (d) => {
      template(d)['podCliqueScalingGroups'] = [
        { name: 'g', cliqueNames: ['a'], topologyConstraint: { pack: { required: 'rack' } } },
      ];
    }),
  },
];

/** Rules no Grove CRD field can break today (no `maxItems`, `maximum` or `minimum` outside status), run on a small schema. */
const small = compileSchema({
  type: 'object',
  properties: {
    count: { type: 'integer', minimum: 0, maximum: 4 },
    names: { type: 'array', maxItems: 2, items: { type: 'string' } },
  },
});

function walkSmall(value: unknown) {
  const walk = new SchemaWalk('test');
  walk.visit(value, small);
  return walk.findings;
}

const smallCases = [
  { code: 'schema-minimum', path: 'count', bad: { count: -1 }, good: { count: 0 } },
  { code: 'schema-maximum', path: 'count', bad: { count: 5 }, good: { count: 4 } },
  { code: 'schema-max-items', path: 'names', bad: { names: ['a', 'b', 'c'] }, good: { names: ['a', 'b'] } },
];

describe('schema rules', () => {
  it('covers every rule code of the schema stage', () => {
    const tested = [...cases.map((c) => c.code), ...smallCases.map((c) => c.code)].sort();
    expect(tested).toEqual(schemaRules.map((r) => r.code).sort());
  });

  it.each(cases)('$code fires at $path and not once the manifest is fixed', (c) => {
    const bad = schemaDiagnostics(c.bad(), c.options);
    expect([...new Set(bad.map((d) => d.code))].sort()).toEqual([c.code, ...(c.also ?? [])].sort());
    const finding = bad.find((d) => d.code === c.code)!;
    expect(finding.path).toBe(c.path);
    expect(finding.type).toBe(c.type);
    expect(finding.severity).toBe('error');
    expect(schemaDiagnostics(c.good(), c.options)).toEqual([]);
  });

  it.each(smallCases)('$code fires at $path and not within bounds', (c) => {
    expect(walkSmall(c.bad).map((f) => [f.code, f.path])).toEqual([[c.code, c.path]]);
    expect(walkSmall(c.good)).toEqual([]);
  });

  it('reports the max-items error type TooMany', () => {
    const rule = schemaRules.find((r) => r.code === 'schema-max-items');
    expect(rule?.type).toBe('TooMany');
  });

  it('gives every rule a title, an explanation and a one-line fix', () => {
    for (const rule of schemaRules) {
      expect(rule.stage).toBe('schema');
      expect(rule.code).toMatch(/^schema-[a-z0-9-]+$/);
      expect(rule.title.length).toBeGreaterThan(10);
      expect(rule.explanation.length).toBeGreaterThan(40);
      expect(rule.fix).not.toContain('\n');
    }
  });
});
