import { describe, expect, it } from 'vitest';
import type { CheckOptions } from '../../check/check';
import { checkManifest } from '../../check/check';
import { clique, errorsOf, pcs, text, webhookDiagnostics } from '../webhook/test-fixtures';

type Expected = [string, string, string?][];
const C = clique;
const update = (old: string, now: string, options: CheckOptions = {}) =>
  errorsOf(now, { ...options, previous: old });
const two = (template: Record<string, unknown> = {}) =>
  text(pcs({ cliques: [C('alpha'), C('beta')], ...template }));
const share = (name: string) => [{ name, scope: 'AllReplicas' }];
const MNNVL = 'grove.io/mnnvl-group';

interface Case {
  readonly rule: string;
  readonly old: string;
  readonly bad: string;
  readonly good: string;
  readonly expected: Expected;
  readonly options?: CheckOptions;
}

const group = (extra: Record<string, unknown> = {}) => ({ name: 'g', cliqueNames: ['beta'], ...extra });
const levels = ['zone', 'block', 'rack'].map((domain) => ({ domain, key: `k/${domain}` }));
const tas: CheckOptions = {
  cluster: {
    topologyAwareScheduling: true,
    topologyBindings: [
      { name: 'ct', levels },
      { name: 'ct2', levels },
    ],
  },
};
const withPcsTc = (tc: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  text(pcs({ topologyConstraint: tc, ...extra }));

/** U1-U11: a live object, a change Grove refuses (with its errors), and a change it admits. */
const cases: Case[] = [
  {
    rule: 'U1 (with U2 for the new name)',
    old: two(),
    bad: text(pcs({ cliques: [C('alpha'), C('beta'), C('gamma')] })),
    good: two(),
    expected: [
      ['update-clique-count-changed', 'spec.template.cliques', 'Forbidden'],
      ['update-clique-added', 'spec.template.cliques.name', 'Forbidden'],
    ],
  },
  {
    rule: 'U2 (rename)',
    old: two(),
    bad: text(pcs({ cliques: [C('alpha'), C('gamma')] })),
    good: two(),
    expected: [['update-clique-added', 'spec.template.cliques.name', 'Forbidden']],
  },
  {
    rule: 'U3 (one error per moved clique)',
    old: two({ cliqueStartupType: 'CliqueStartupTypeInOrder' }),
    bad: text(pcs({ cliqueStartupType: 'CliqueStartupTypeInOrder', cliques: [C('beta'), C('alpha')] })),
    good: text(pcs({ cliqueStartupType: 'CliqueStartupTypeInOrder', cliques: [C('alpha'), C('beta')] })),
    expected: [
      ['update-clique-moved', 'spec.template.cliques', 'Invalid'],
      ['update-clique-moved', 'spec.template.cliques', 'Invalid'],
    ],
  },
  {
    rule: 'U3 does not apply to AnyOrder',
    old: two(),
    bad: text(pcs({ cliqueStartupType: 'CliqueStartupTypeExplicit', cliques: [C('beta'), C('alpha')] })),
    good: text(pcs({ cliques: [C('beta'), C('alpha')] })),
    expected: [
      ['update-clique-moved', 'spec.template.cliques', 'Invalid'],
      ['update-clique-moved', 'spec.template.cliques', 'Invalid'],
      ['update-startup-type-immutable', 'spec.template.cliqueStartupType', 'Invalid'],
    ],
  },
  {
    rule: 'U4 roleName',
    old: two(),
    bad: text(pcs({ cliques: [C('alpha', { roleName: 'lead' }), C('beta')] })),
    good: two(),
    expected: [['update-role-name-immutable', 'spec.template.cliques.spec.roleName', 'Invalid']],
  },
  {
    rule: 'U4 minAvailable re-derived on replace (pitfall)',
    old: two(),
    bad: text(pcs({ cliques: [C('alpha', { replicas: 3 }), C('beta')] })),
    good: text(pcs({ cliques: [C('alpha', { replicas: 3, minAvailable: 2 }), C('beta')] })),
    expected: [['update-min-available-immutable', 'spec.template.cliques.spec.minAvailable', 'Invalid']],
  },
  {
    rule: 'U4 startsAfter (absent and [] are equal)',
    old: two({ cliqueStartupType: 'CliqueStartupTypeExplicit' }),
    bad: text(
      pcs({
        cliqueStartupType: 'CliqueStartupTypeExplicit',
        cliques: [C('alpha'), C('beta', { startsAfter: ['alpha'] })],
      }),
    ),
    good: text(
      pcs({
        cliqueStartupType: 'CliqueStartupTypeExplicit',
        cliques: [C('alpha', { startsAfter: [] }), C('beta')],
      }),
    ),
    expected: [['update-starts-after-immutable', 'spec.template.cliques.spec.startsAfter', 'Invalid']],
  },
  {
    rule: 'U4 schedulerName ("" and the default name differ as text)',
    old: two(),
    bad: text(
      pcs({
        cliques: [
          C('alpha'),
          C('beta', {
            podSpec: { containers: [{ name: 'm', image: 'x' }], schedulerName: 'default-scheduler' },
          }),
        ],
      }),
    ),
    good: text(
      pcs({
        cliques: [C('alpha'), C('beta', { podSpec: { containers: [{ name: 'changed', image: 'y:2' }] } })],
      }),
    ),
    expected: [
      ['update-scheduler-name-immutable', 'spec.template.cliques.spec.podSpec.schedulerName', 'Invalid'],
    ],
  },
  {
    rule: 'U4b',
    old: text(pcs({ cliques: [C('alpha', {}, { resourceSharing: share('t') })] })),
    bad: text(pcs({ cliques: [C('alpha', {}, { resourceSharing: share('u') })] })),
    good: text(
      pcs({
        cliques: [
          C(
            'alpha',
            { replicas: 5, minAvailable: 2 },
            { resourceSharing: share('t'), labels: { new: 'label' } },
          ),
        ],
      }),
    ),
    expected: [
      ['update-clique-resource-sharing-immutable', 'spec.template.cliques[0].resourceSharing', 'Invalid'],
    ],
  },
  {
    rule: 'U5',
    old: two(),
    bad: two({ cliqueStartupType: 'CliqueStartupTypeInOrder' }),
    good: two({ cliqueStartupType: 'CliqueStartupTypeAnyOrder' }),
    expected: [['update-startup-type-immutable', 'spec.template.cliqueStartupType', 'Invalid']],
  },
  {
    rule: 'U6 (stops the other group checks)',
    old: two({ podCliqueScalingGroups: [group()] }),
    bad: two({ podCliqueScalingGroups: [group({ name: 'h' }), { name: 'i', cliqueNames: ['alpha'] }] }),
    good: two({ podCliqueScalingGroups: [group({ replicas: 4, scaleConfig: { maxReplicas: 8 } })] }),
    expected: [['update-group-count-changed', 'spec.template.podCliqueScalingGroups', 'Forbidden']],
  },
  {
    rule: 'U7',
    old: two({ podCliqueScalingGroups: [group()] }),
    bad: two({ podCliqueScalingGroups: [group({ name: 'h' })] }),
    good: two({ podCliqueScalingGroups: [group()] }),
    expected: [['update-group-added', 'spec.template.podCliqueScalingGroups.name', 'Forbidden']],
  },
  {
    rule: 'U8',
    old: two({ podCliqueScalingGroups: [group({ replicas: 3, resourceSharing: share('t') })] }),
    bad: two({
      podCliqueScalingGroups: [
        group({ cliqueNames: ['alpha', 'beta'], replicas: 3, minAvailable: 2, resourceSharing: share('u') }),
      ],
    }),
    good: two({ podCliqueScalingGroups: [group({ replicas: 3, resourceSharing: share('t') })] }),
    expected: [
      ['update-group-clique-names-immutable', 'spec.template.podCliqueScalingGroups.cliqueNames', 'Invalid'],
      [
        'update-group-min-available-immutable',
        'spec.template.podCliqueScalingGroups.minAvailable',
        'Invalid',
      ],
      [
        'update-group-resource-sharing-immutable',
        'spec.template.podCliqueScalingGroups.resourceSharing',
        'Invalid',
      ],
    ],
  },
  {
    rule: 'U9a',
    old: withPcsTc({ topologyName: 'ct', pack: { required: 'zone' } }),
    bad: withPcsTc({ topologyName: 'ct2', pack: { required: 'zone' } }),
    good: withPcsTc({ topologyName: 'ct', pack: { required: 'zone' } }),
    expected: [
      ['update-topology-name-changed', 'spec.template.topologyConstraint.topologyName', 'Forbidden'],
    ],
    options: tas,
  },
  {
    rule: 'U9b (packDomain -> pack.required is allowed)',
    old: withPcsTc({ topologyName: 'ct', packDomain: 'zone' }),
    bad: withPcsTc({ topologyName: 'ct', pack: { required: 'block' } }),
    good: withPcsTc({ topologyName: 'ct', pack: { required: 'zone' } }),
    expected: [['update-topology-changed', 'spec.template.topologyConstraint', 'Forbidden']],
    options: tas,
  },
  {
    rule: 'U9c',
    old: withPcsTc({ topologyName: 'ct', pack: { required: 'zone' } }),
    bad: withPcsTc(
      { topologyName: 'ct', pack: { required: 'zone' } },
      { cliques: [C('alpha', {}, { topologyConstraint: { pack: { required: 'rack' } } })] },
    ),
    good: withPcsTc(
      { topologyName: 'ct', pack: { required: 'zone' } },
      { cliques: [C('alpha', {}, { labels: { a: 'b' } })] },
    ),
    expected: [['update-child-topology-changed', 'spec.template.cliques[0].topologyConstraint', 'Forbidden']],
    options: tas,
  },
  {
    rule: 'U9x legacy repair (then create-time rules)',
    old: withPcsTc({ packDomain: 'zone' }),
    bad: withPcsTc({ topologyName: 'ct', packDomain: 'datacenter' }),
    good: withPcsTc({ topologyName: 'ct', packDomain: 'zone' }),
    expected: [
      ['update-topology-name-changed', 'spec.template.topologyConstraint.topologyName', 'Forbidden'],
    ],
    options: tas,
  },
  {
    rule: 'U10',
    old: text(
      pcs({
        resourceClaimTemplates: [
          { name: 't', templateSpec: { spec: { devices: { requests: [{ name: 'gpu' }] } } } },
        ],
        resourceSharing: share('t'),
      }),
    ),
    bad: text(
      pcs({
        resourceClaimTemplates: [
          { name: 't', templateSpec: { spec: { devices: { requests: [{ name: 'gpu', count: 2 }] } } } },
        ],
        resourceSharing: share('x'),
      }),
    ),
    good: text(
      pcs({
        resourceClaimTemplates: [
          { name: 't', templateSpec: { spec: { devices: { requests: [{ name: 'gpu' }] } } } },
        ],
        resourceSharing: share('t'),
        terminationDelay: '1h',
      }),
    ),
    expected: [
      ['update-claim-templates-immutable', 'spec.template.resourceClaimTemplates', 'Invalid'],
      ['update-resource-sharing-immutable', 'spec.template.resourceSharing', 'Invalid'],
    ],
  },
  {
    rule: 'U11 (PodCliqueSet added, clique changed, group removed)',
    old: two({
      cliques: [C('alpha', {}, { annotations: { [MNNVL]: 'none' } }), C('beta')],
      podCliqueScalingGroups: [group({ annotations: { [MNNVL]: 'none' } })],
    }),
    bad: text(
      pcs(
        {
          cliques: [C('alpha', {}, { annotations: { [MNNVL]: 'nvl' } }), C('beta')],
          podCliqueScalingGroups: [group()],
        },
        { metadata: { annotations: { [MNNVL]: 'none' } } },
      ),
    ),
    good: two({
      cliques: [C('alpha', {}, { annotations: { [MNNVL]: 'none', other: 'x' } }), C('beta')],
      podCliqueScalingGroups: [group({ annotations: { [MNNVL]: 'none' } })],
    }),
    expected: [
      ['update-mnnvl-group-immutable', `metadata.annotations.${MNNVL}`, 'Forbidden'],
      ['update-mnnvl-group-immutable', `spec.template.cliques[0].annotations.${MNNVL}`, 'Invalid'],
      [
        'update-mnnvl-group-immutable',
        `spec.template.podCliqueScalingGroups[0].annotations.${MNNVL}`,
        'Forbidden',
      ],
    ],
  },
];

describe.each(cases)('update rule $rule', ({ old, bad, good, expected, options }) => {
  it('refuses the change with exactly these errors', () => {
    expect(update(old, bad, options)).toEqual(expected);
  });
  it('admits the allowed change', () => {
    expect(update(old, good, options)).toEqual([]);
  });
});

describe('B.0 on update', () => {
  it('runs U1-U10 only when validate(), U11 and the backend found nothing', () => {
    const old = two();
    const changed = text(pcs({ cliques: [C('alpha', { replicas: 2, minAvailable: 3 }), C('gamma')] }));
    expect(update(old, changed)).toEqual([
      ['clique-min-available-above-replicas', 'spec.template.cliques[0].spec.minAvailable', 'Invalid'],
    ]);
    const mnnvl = text(
      pcs({ cliques: [C('alpha'), C('gamma')] }, { metadata: { annotations: { [MNNVL]: 'none' } } }),
    );
    expect(update(old, mnnvl).map(([code]) => code)).toEqual(['update-mnnvl-group-immutable']);
  });

  it('does not re-check nodeName, topologySpreadConstraints, topology (T) or MNNVL values (N) on update', () => {
    const live = text(
      pcs(
        {
          topologyConstraint: { topologyName: 'ct', pack: { required: 'zone' } },
          cliques: [
            C('alpha', {
              podSpec: {
                containers: [{ name: 'm', image: 'x' }],
                nodeName: 'n1',
                topologySpreadConstraints: [],
              },
            }),
          ],
        },
        { metadata: { annotations: { [MNNVL]: 'nvl' } } },
      ),
    );
    expect(errorsOf(live).map(([code]) => code)).toEqual([
      'topology-disabled',
      'topology-spread-constraints-forbidden',
      'node-name-forbidden',
      'mnnvl-disabled',
    ]);
    expect(update(live, live)).toEqual([]);
    expect(checkManifest(live, { previous: live }).documents[0]!.operation).toBe('UPDATE');
  });

  it('points at the renamed clique and the changed field in the text', () => {
    const now = two().replace('- name: beta', '- name: gamma').replace('roleName: alpha', 'roleName: lead');
    const diagnostics = webhookDiagnostics(now, { previous: two() });
    const lines = now.split('\n');
    expect(diagnostics.map((d) => [d.code, lines[d.line - 1]!.slice(d.column - 1)])).toEqual([
      ['update-role-name-immutable', 'lead'],
      ['update-clique-added', 'gamma'],
    ]);
  });

  it('says how to keep minAvailable in the U4 pitfall', () => {
    const [pitfall] = webhookDiagnostics(text(pcs({ cliques: [C('alpha', { replicas: 3 }), C('beta')] })), {
      previous: two(),
    });
    expect(pitfall!.message).toContain('from 2 to 3');
    expect(pitfall!.message).toContain('write the old minAvailable (2) explicitly');
  });

  it('the legacy repair re-validates the repaired object with the create-time topology rules', () => {
    const old = withPcsTc({ packDomain: 'zone' });
    const repaired = withPcsTc({ topologyName: 'ct', packDomain: 'datacenter' });
    // Changing packDomain is not a repair: it is refused as a change.
    expect(update(old, repaired, tas).map(([code]) => code)).toEqual(['update-topology-name-changed']);
    const unknownDomain = {
      cluster: {
        topologyAwareScheduling: true,
        topologyBindings: [{ name: 'ct', levels: [{ domain: 'rack', key: 'k' }] }],
      },
    };
    expect(update(old, withPcsTc({ topologyName: 'ct', packDomain: 'zone' }), unknownDomain)).toEqual([
      ['topology-domain-unknown', 'spec.template.topologyConstraint.packDomain', 'Invalid'],
    ]);
  });

  it('reports an internal error when the legacy object cannot be resolved for another reason', () => {
    const old = text(
      pcs({
        topologyConstraint: { topologyName: 'ct', pack: { required: 'zone' } },
        cliques: [
          C('alpha', {}, { topologyConstraint: { packDomain: 'rack' } }),
          C('beta', {}, { topologyConstraint: { topologyName: 'ct2', packDomain: 'rack' } }),
        ],
      }),
    );
    expect(update(old, old, tas)).toEqual([
      [
        'update-topology-legacy-unresolvable',
        'spec.template.topologyConstraint.topologyName',
        'InternalError',
      ],
    ]);
  });
});
