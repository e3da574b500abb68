import { describe, expect, it } from 'vitest';
import { clique, errorsOf, pcs, text, webhookDiagnostics } from './test-fixtures';

type Expected = [string, string, string?][];
interface Case {
  readonly rule: string;
  readonly bad: string;
  readonly good: string;
  readonly expected: Expected;
}

const withTemplate = (name = 't') => ({
  resourceClaimTemplates: [{ name, templateSpec: { spec: { devices: { requests: [{ name: 'gpu' }] } } } }],
});
const share = (entry: Record<string, unknown>) => ({ scope: 'AllReplicas', ...entry });
const group = (extra: Record<string, unknown> = {}) => ({ name: 'g', cliqueNames: ['beta'], ...extra });
const twoCliques = { cliques: [clique('alpha'), clique('beta')] };

/** M1, S1, S2, R1-R6, D1: manifest that Grove refuses -> its errors; the fixed manifest -> none. */
const cases: Case[] = [
  {
    rule: 'M1 name',
    bad: text(pcs({}, { metadata: { name: 'Demo_X' } })),
    good: text(pcs({}, { metadata: { name: 'demo-x' } })),
    expected: [['metadata-name-invalid', 'metadata.name', 'Invalid']],
  },
  {
    rule: 'M1 name missing',
    bad: text(pcs({}, { metadata: { labels: { app: 'x' } } })).replace('  name: demo\n', ''),
    good: text(pcs({}, { metadata: { generateName: 'demo-' } })).replace('  name: demo\n', ''),
    expected: [['metadata-name-invalid', 'metadata.name', 'Required']],
  },
  {
    rule: 'M1 namespace',
    bad: text(pcs({}, { metadata: { namespace: 'Team_A' } })),
    good: text(pcs({}, { metadata: { namespace: 'team-a' } })),
    expected: [['metadata-namespace-invalid', 'metadata.namespace', 'Invalid']],
  },
  {
    rule: 'M1 labels',
    bad: text(pcs({}, { metadata: { labels: { 'bad key!': 'ok', app: 'bad value!' } } })),
    good: text(pcs({}, { metadata: { labels: { 'example.com/key': 'ok', app: 'good-value' } } })),
    expected: [
      ['metadata-labels-invalid', 'metadata.labels', 'Invalid'],
      ['metadata-labels-invalid', 'metadata.labels', 'Invalid'],
    ],
  },
  {
    rule: 'M1 annotations',
    bad: text(pcs({}, { metadata: { annotations: { 'a/b/c': 'x' } } })),
    good: text(pcs({}, { metadata: { annotations: { 'a/B': 'any text at all!' } } })),
    expected: [['metadata-annotations-invalid', 'metadata.annotations', 'Invalid']],
  },
  {
    rule: 'S1',
    bad: text(pcs({}, { spec: { replicas: -1 } })),
    good: text(pcs({}, { spec: { replicas: 0 } })),
    expected: [['replicas-negative', 'spec.replicas', 'Invalid']],
  },
  {
    rule: 'S2',
    bad: text(pcs({ cliqueStartupType: 'CliqueStartupTypeSometimes' })),
    good: text(pcs({ cliqueStartupType: 'CliqueStartupTypeInOrder' })),
    expected: [['startup-type-invalid', 'spec.template.cliqueStartupType', 'Invalid']],
  },
  {
    rule: 'R1',
    bad: text(pcs({ resourceClaimTemplates: [{ templateSpec: { spec: { devices: { requests: [{}] } } } }] })),
    good: text(pcs(withTemplate())),
    expected: [['claim-template-name-required', 'spec.template.resourceClaimTemplates[0].name', 'Required']],
  },
  {
    rule: 'R2',
    bad: text(pcs({ resourceClaimTemplates: [{ name: 't', templateSpec: { spec: { devices: {} } } }] })),
    good: text(pcs(withTemplate())),
    expected: [
      [
        'claim-template-requests-required',
        'spec.template.resourceClaimTemplates[0].templateSpec.spec.devices.requests',
        'Required',
      ],
    ],
  },
  {
    rule: 'R3',
    bad: text(
      pcs({
        resourceClaimTemplates: [
          ...withTemplate().resourceClaimTemplates,
          ...withTemplate().resourceClaimTemplates,
        ],
      }),
    ),
    good: text(
      pcs({
        resourceClaimTemplates: [
          ...withTemplate('a').resourceClaimTemplates,
          ...withTemplate('b').resourceClaimTemplates,
        ],
      }),
    ),
    expected: [['claim-template-name-duplicate', 'spec.template.resourceClaimTemplates.name', 'Duplicate']],
  },
  {
    rule: 'R4a',
    bad: text(pcs({ resourceSharing: [share({})] })),
    good: text(pcs({ resourceSharing: [share({ name: 'external' })] })),
    expected: [['resource-sharing-name-required', 'spec.template.resourceSharing[0].name', 'Required']],
  },
  {
    rule: 'R4b',
    bad: text(pcs({ resourceSharing: [share({ name: 't' }), share({ name: 't', scope: 'PerReplica' })] })),
    good: text(pcs({ resourceSharing: [share({ name: 't' }), share({ name: 'u', scope: 'PerReplica' })] })),
    expected: [['resource-sharing-name-duplicate', 'spec.template.resourceSharing[1].name', 'Duplicate']],
  },
  {
    rule: 'R4c',
    bad: text(pcs({ ...withTemplate(), resourceSharing: [share({ name: 't', namespace: 'other' })] })),
    good: text(pcs({ ...withTemplate(), resourceSharing: [share({ name: 'u', namespace: 'other' })] })),
    expected: [
      ['resource-sharing-namespace-invalid', 'spec.template.resourceSharing[0].namespace', 'Invalid'],
    ],
  },
  {
    rule: 'R4d',
    bad: text(pcs({ resourceSharing: [share({ name: 't', scope: 'Everywhere' })] })),
    good: text(pcs({ resourceSharing: [share({ name: 't', scope: 'PerReplica' })] })),
    expected: [
      ['resource-sharing-scope-unsupported', 'spec.template.resourceSharing[0].scope', 'NotSupported'],
    ],
  },
  {
    rule: 'R5a',
    bad: text(pcs({ resourceSharing: [share({ name: 't', filter: {} })] })),
    good: text(pcs({ resourceSharing: [share({ name: 't', filter: { childCliqueNames: ['alpha'] } })] })),
    expected: [['resource-sharing-filter-empty', 'spec.template.resourceSharing[0].filter', 'Required']],
  },
  {
    rule: 'R5b',
    bad: text(
      pcs({ resourceSharing: [share({ name: 't', filter: { childCliqueNames: ['alpha', 'ghost'] } })] }),
    ),
    good: text(pcs({ resourceSharing: [share({ name: 't', filter: { childCliqueNames: ['alpha'] } })] })),
    expected: [
      [
        'resource-sharing-filter-clique-not-found',
        'spec.template.resourceSharing[0].filter.childCliqueNames[1]',
        'NotFound',
      ],
    ],
  },
  {
    rule: 'R5c',
    bad: text(
      pcs({
        ...twoCliques,
        podCliqueScalingGroups: [group()],
        resourceSharing: [share({ name: 't', filter: { childScalingGroupNames: ['h'] } })],
      }),
    ),
    good: text(
      pcs({
        ...twoCliques,
        podCliqueScalingGroups: [group()],
        resourceSharing: [share({ name: 't', filter: { childScalingGroupNames: ['g'] } })],
      }),
    ),
    expected: [
      [
        'resource-sharing-filter-group-not-found',
        'spec.template.resourceSharing[0].filter.childScalingGroupNames[0]',
        'NotFound',
      ],
    ],
  },
  {
    rule: 'C6 (R4 at clique level)',
    bad: text(pcs({ cliques: [clique('alpha', {}, { resourceSharing: [share({ scope: 'Sometimes' })] })] })),
    good: text(pcs({ cliques: [clique('alpha', {}, { resourceSharing: [share({ name: 't' })] })] })),
    expected: [
      ['resource-sharing-name-required', 'spec.template.cliques[0].resourceSharing[0].name', 'Required'],
      [
        'resource-sharing-scope-unsupported',
        'spec.template.cliques[0].resourceSharing[0].scope',
        'NotSupported',
      ],
    ],
  },
  {
    rule: 'R6a (G8)',
    bad: text(
      pcs({
        ...twoCliques,
        podCliqueScalingGroups: [group({ resourceSharing: [share({ name: 't', filter: {} })] })],
      }),
    ),
    good: text(
      pcs({ ...twoCliques, podCliqueScalingGroups: [group({ resourceSharing: [share({ name: 't' })] })] }),
    ),
    expected: [
      [
        'group-sharing-filter-empty',
        'spec.template.podCliqueScalingGroups[0].resourceSharing[0].filter',
        'Required',
      ],
    ],
  },
  {
    rule: 'R6b (G8)',
    bad: text(
      pcs({
        ...twoCliques,
        podCliqueScalingGroups: [
          group({ resourceSharing: [share({ name: 't', filter: { childCliqueNames: ['alpha'] } })] }),
        ],
      }),
    ),
    good: text(
      pcs({
        ...twoCliques,
        podCliqueScalingGroups: [
          group({ resourceSharing: [share({ name: 't', filter: { childCliqueNames: ['beta'] } })] }),
        ],
      }),
    ),
    expected: [
      [
        'group-sharing-filter-clique-not-found',
        'spec.template.podCliqueScalingGroups[0].resourceSharing[0].filter.childCliqueNames[0]',
        'NotFound',
      ],
    ],
  },
  {
    rule: 'D1 zero',
    bad: text(pcs({ terminationDelay: '0s' })),
    good: text(pcs({ terminationDelay: '1h30m' })),
    expected: [['termination-delay-invalid', 'spec.template.terminationDelay', 'Invalid']],
  },
  {
    rule: 'D1 negative',
    bad: text(pcs({ terminationDelay: '-1m' })),
    good: text(pcs({ terminationDelay: '30m' })),
    expected: [['termination-delay-invalid', 'spec.template.terminationDelay', 'Invalid']],
  },
  {
    rule: 'D1 unreadable',
    bad: text(pcs({ terminationDelay: 'four hours' })),
    good: text(pcs({})),
    expected: [['termination-delay-invalid', 'spec.template.terminationDelay', 'Invalid']],
  },
];

describe.each(cases)('webhook rule $rule', ({ bad, good, expected }) => {
  it('refuses the manifest with exactly these errors', () => {
    expect(errorsOf(bad)).toEqual(expected);
  });
  it('admits the fixed manifest', () => {
    expect(errorsOf(good)).toEqual([]);
  });
});

describe('object rules: messages and placement', () => {
  it('M1 reports one error per Kubernetes message about a label key', () => {
    // An empty name part fails twice: "must be non-empty" and the pattern.
    expect(errorsOf(text(pcs({}, { metadata: { labels: { 'example.com/': 'x' } } })))).toEqual([
      ['metadata-labels-invalid', 'metadata.labels', 'Invalid'],
      ['metadata-labels-invalid', 'metadata.labels', 'Invalid'],
    ]);
  });

  it('D1 names the value and says Grove cannot read it, at the value', () => {
    const manifest = text(pcs({ terminationDelay: 'soon' }));
    const [error] = webhookDiagnostics(manifest);
    expect(error!.message).toContain("'soon' is not a Go duration");
    expect(manifest.split('\n')[error!.line - 1]).toContain('terminationDelay: soon');
  });
});
