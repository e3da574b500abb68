import { describe, expect, it } from 'vitest';
import { clique, errorsOf, pcs, text } from './test-fixtures';

type Expected = [string, string, string?][];
interface Case {
  readonly rule: string;
  readonly bad: string;
  readonly good: string;
  readonly expected: Expected;
}

const EXPLICIT = 'CliqueStartupTypeExplicit';
const container = (extra: Record<string, unknown>) => ({
  containers: [{ name: 'main', image: 'busybox', ...extra }],
});
const C0 = 'spec.template.cliques[0]';

/** C1-C16: manifest that Grove refuses -> its errors in order; the fixed manifest -> none. */
const cases: Case[] = [
  {
    rule: 'C1',
    bad: text(pcs({ cliques: [] })),
    good: text(pcs({})),
    expected: [['cliques-required', 'spec.template.cliques', 'Required']],
  },
  {
    rule: 'C2',
    bad: text(pcs({ cliques: [clique('   ')] })),
    good: text(pcs({ cliques: [clique('alpha')] })),
    expected: [['clique-name-required', `${C0}.name`, 'Required']],
  },
  {
    rule: 'C3',
    bad: text(pcs({ cliques: [clique('Alpha_1')] })),
    good: text(pcs({ cliques: [clique('alpha-1')] })),
    expected: [['clique-name-invalid', `${C0}.name`, 'Invalid']],
  },
  {
    rule: 'C5a',
    bad: text(pcs({ cliques: [clique('alpha', {}, { labels: { tier: 'not ok' } })] })),
    good: text(pcs({ cliques: [clique('alpha', {}, { labels: { tier: 'ok' } })] })),
    expected: [['clique-labels-invalid', `${C0}.labels`, 'Invalid']],
  },
  {
    rule: 'C5b key',
    bad: text(pcs({ cliques: [clique('alpha', {}, { annotations: { '-note': 'x' } })] })),
    good: text(pcs({ cliques: [clique('alpha', {}, { annotations: { Note: 'x' } })] })),
    expected: [['clique-annotations-invalid', `${C0}.annotations`, 'Invalid']],
  },
  {
    rule: 'C5b size',
    bad: text(pcs({ cliques: [clique('alpha', {}, { annotations: { note: 'x'.repeat(256 * 1024 - 3) } })] })),
    good: text(
      pcs({ cliques: [clique('alpha', {}, { annotations: { note: 'x'.repeat(256 * 1024 - 4) } })] }),
    ),
    expected: [['clique-annotations-invalid', `${C0}.annotations`, 'TooLong']],
  },
  {
    rule: 'C7 (with C8b: minAvailable copies -1)',
    bad: text(pcs({ cliques: [clique('alpha', { replicas: -1 })] })),
    good: text(pcs({ cliques: [clique('alpha', { replicas: 1 })] })),
    expected: [
      ['clique-replicas-invalid', `${C0}.spec.replicas`, 'Invalid'],
      ['clique-min-available-not-positive', `${C0}.spec.minAvailable`, 'Invalid'],
    ],
  },
  {
    rule: 'C8b (replicas omitted, minAvailable defaulted from 0)',
    bad: text(pcs({ cliques: [clique('alpha', { replicas: undefined })] })),
    good: text(pcs({ cliques: [clique('alpha', { replicas: undefined, minAvailable: 1 })] })),
    expected: [['clique-min-available-not-positive', `${C0}.spec.minAvailable`, 'Invalid']],
  },
  {
    rule: 'C8c',
    bad: text(pcs({ cliques: [clique('alpha', { replicas: 2, minAvailable: 3 })] })),
    good: text(pcs({ cliques: [clique('alpha', { replicas: 3, minAvailable: 3 })] })),
    expected: [['clique-min-available-above-replicas', `${C0}.spec.minAvailable`, 'Invalid']],
  },
  {
    rule: 'C9a (with C16a: "" names no clique)',
    bad: text(
      pcs({
        cliqueStartupType: EXPLICIT,
        cliques: [clique('alpha'), clique('beta', { startsAfter: ['alpha', ' '] })],
      }),
    ),
    good: text(
      pcs({
        cliqueStartupType: EXPLICIT,
        cliques: [clique('alpha'), clique('beta', { startsAfter: ['alpha'] })],
      }),
    ),
    expected: [
      ['starts-after-empty', 'spec.template.cliques[1].spec.startsAfter', 'Required'],
      ['starts-after-unknown', 'spec.template.cliques.startsAfter', 'Invalid'],
    ],
  },
  {
    rule: 'C9b',
    bad: text(pcs({ cliqueStartupType: EXPLICIT, cliques: [clique('alpha', { startsAfter: ['alpha'] })] })),
    good: text(pcs({ cliqueStartupType: EXPLICIT, cliques: [clique('alpha', { startsAfter: [] })] })),
    expected: [['starts-after-self', `${C0}.spec.startsAfter`, 'Invalid']],
  },
  {
    rule: 'C9c',
    bad: text(
      pcs({
        cliqueStartupType: EXPLICIT,
        cliques: [clique('alpha'), clique('beta', { startsAfter: ['alpha', 'alpha'] })],
      }),
    ),
    good: text(
      pcs({
        cliqueStartupType: EXPLICIT,
        cliques: [clique('alpha'), clique('beta', { startsAfter: ['alpha'] })],
      }),
    ),
    expected: [['starts-after-duplicate', 'spec.template.cliques[1].spec.startsAfter', 'Duplicate']],
  },
  {
    rule: 'C9/C16 only with Explicit startup',
    bad: text(
      pcs({
        cliqueStartupType: EXPLICIT,
        cliques: [clique('alpha', { startsAfter: ['', 'alpha', 'ghost'] })],
      }),
    ),
    good: text(pcs({ cliques: [clique('alpha', { startsAfter: ['', 'alpha', 'ghost'] })] })),
    expected: [
      ['starts-after-empty', `${C0}.spec.startsAfter`, 'Required'],
      ['starts-after-self', `${C0}.spec.startsAfter`, 'Invalid'],
      ['starts-after-unknown', 'spec.template.cliques.startsAfter', 'Invalid'],
    ],
  },
  {
    rule: 'C10a',
    bad: text(pcs({ cliques: [clique('alpha', { autoScalingConfig: { minReplicas: 1, maxReplicas: 4 } })] })),
    good: text(
      pcs({ cliques: [clique('alpha', { autoScalingConfig: { minReplicas: 2, maxReplicas: 4 } })] }),
    ),
    expected: [
      ['autoscaling-min-below-min-available', `${C0}.spec.autoScalingConfig.minReplicas`, 'Invalid'],
    ],
  },
  {
    rule: 'C10b + C10c (same path twice)',
    bad: text(pcs({ cliques: [clique('alpha', { replicas: 3, autoScalingConfig: { maxReplicas: 2 } })] })),
    good: text(pcs({ cliques: [clique('alpha', { replicas: 3, autoScalingConfig: { maxReplicas: 3 } })] })),
    expected: [
      ['autoscaling-max-below-min', `${C0}.spec.autoScalingConfig.maxReplicas`, 'Invalid'],
      ['autoscaling-max-below-replicas', `${C0}.spec.autoScalingConfig.maxReplicas`, 'Invalid'],
    ],
  },
  {
    rule: 'C10c alone',
    bad: text(
      pcs({
        cliques: [
          clique('alpha', {
            replicas: 3,
            minAvailable: 1,
            autoScalingConfig: { minReplicas: 1, maxReplicas: 2 },
          }),
        ],
      }),
    ),
    good: text(
      pcs({
        cliques: [
          clique('alpha', {
            replicas: 2,
            minAvailable: 1,
            autoScalingConfig: { minReplicas: 1, maxReplicas: 2 },
          }),
        ],
      }),
    ),
    expected: [['autoscaling-max-below-replicas', `${C0}.spec.autoScalingConfig.maxReplicas`, 'Invalid']],
  },
  {
    rule: 'C11a (even an empty list)',
    bad: text(
      pcs({ cliques: [clique('alpha', { podSpec: { ...container({}), topologySpreadConstraints: [] } })] }),
    ),
    good: text(
      pcs({ cliques: [clique('alpha', { podSpec: { ...container({}), topologySpreadConstraints: null } })] }),
    ),
    expected: [
      [
        'topology-spread-constraints-forbidden',
        `${C0}.spec.podSpec.spec.topologySpreadConstraints`,
        'Invalid',
      ],
    ],
  },
  {
    rule: 'C11b (blank passes)',
    bad: text(pcs({ cliques: [clique('alpha', { podSpec: { ...container({}), nodeName: 'node-1' } })] })),
    good: text(pcs({ cliques: [clique('alpha', { podSpec: { ...container({}), nodeName: '  ' } })] })),
    expected: [['node-name-forbidden', `${C0}.spec.podSpec.spec.nodeName`, 'Invalid']],
  },
  {
    rule: 'C12a containers and initContainers',
    bad: text(
      pcs({
        cliques: [
          clique('alpha', {
            podSpec: {
              ...container({ env: [{ name: 'OK' }, { name: '1ST' }] }),
              initContainers: [{ name: 'init', image: 'busybox', env: [{ name: '..x' }] }],
            },
          }),
        ],
      }),
    ),
    good: text(
      pcs({
        cliques: [
          clique('alpha', {
            podSpec: {
              ...container({ env: [{ name: 'OK' }, { name: 'my.env-name' }] }),
              initContainers: [{ name: 'init', image: 'busybox', env: [{ name: '_x' }] }],
            },
          }),
        ],
      }),
    ),
    expected: [
      ['env-name-invalid', `${C0}.spec.podSpec.spec.containers[0].env[1].name`, 'Invalid'],
      ['env-name-invalid', `${C0}.spec.podSpec.spec.initContainers[0].env[0].name`, 'Invalid'],
    ],
  },
  {
    rule: 'C12b',
    bad: text(
      pcs({ cliques: [clique('alpha', { podSpec: container({ env: [{ name: 'A' }, { name: 'A' }] }) })] }),
    ),
    good: text(
      pcs({ cliques: [clique('alpha', { podSpec: container({ env: [{ name: 'A' }, { name: 'B' }] }) })] }),
    ),
    expected: [['env-name-duplicate', `${C0}.spec.podSpec.spec.containers[0].env`, 'Duplicate']],
  },
  {
    rule: 'C13',
    bad: text(pcs({ cliques: [clique('alpha', { roleName: 'a' }), clique('alpha', { roleName: 'b' })] })),
    good: text(pcs({ cliques: [clique('alpha', { roleName: 'a' }), clique('beta', { roleName: 'b' })] })),
    expected: [['clique-name-duplicate', 'spec.template.cliques.name', 'Duplicate']],
  },
  {
    rule: 'C14 (two cliques without roleName)',
    bad: text(
      pcs({ cliques: [clique('alpha', { roleName: undefined }), clique('beta', { roleName: undefined })] }),
    ),
    good: text(pcs({ cliques: [clique('alpha', { roleName: undefined }), clique('beta')] })),
    expected: [['clique-role-name-duplicate', 'spec.template.cliques.roleName', 'Duplicate']],
  },
  {
    rule: 'C15a (unknown name on a later clique only)',
    bad: text(
      pcs({
        cliques: [
          clique('alpha'),
          clique('beta', { podSpec: { ...container({}), schedulerName: 'my-sched' } }),
        ],
      }),
    ),
    good: text(
      pcs({
        cliques: [
          clique('alpha'),
          clique('beta', { podSpec: { ...container({}), schedulerName: 'default-scheduler' } }),
        ],
      }),
    ),
    expected: [['scheduler-name-mixed', 'spec.template.cliques.spec.podSpec.schedulerName', 'Invalid']],
  },
  {
    rule: 'C15b + K2a (unknown scheduler on the first clique)',
    bad: text(
      pcs({ cliques: [clique('alpha', { podSpec: { ...container({}), schedulerName: 'my-sched' } })] }),
    ),
    good: text(pcs({ cliques: [clique('alpha', { podSpec: { ...container({}), schedulerName: '' } })] })),
    expected: [
      ['scheduler-not-enabled', 'spec.template.cliques.spec.podSpec.schedulerName', 'Invalid'],
      ['scheduler-backend-not-enabled', 'spec', 'Invalid'],
    ],
  },
  {
    rule: 'C16a',
    bad: text(
      pcs({
        cliqueStartupType: EXPLICIT,
        cliques: [clique('alpha'), clique('beta', { startsAfter: ['gamma', 'delta'] })],
      }),
    ),
    good: text(
      pcs({
        cliqueStartupType: EXPLICIT,
        cliques: [clique('alpha'), clique('beta', { startsAfter: ['alpha'] })],
      }),
    ),
    expected: [['starts-after-unknown', 'spec.template.cliques.startsAfter', 'Invalid']],
  },
  {
    rule: 'C16b',
    bad: text(
      pcs({
        cliqueStartupType: EXPLICIT,
        cliques: [
          clique('alpha', { startsAfter: ['gamma'] }),
          clique('beta', { startsAfter: ['alpha'] }),
          clique('gamma', { startsAfter: ['beta'] }),
        ],
      }),
    ),
    good: text(
      pcs({
        cliqueStartupType: EXPLICIT,
        cliques: [
          clique('alpha'),
          clique('beta', { startsAfter: ['alpha'] }),
          clique('gamma', { startsAfter: ['beta'] }),
        ],
      }),
    ),
    expected: [['starts-after-cycle', 'spec.template.cliques', 'Invalid']],
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
