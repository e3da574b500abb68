import { describe, expect, it } from 'vitest';
import type { CheckOptions } from '../../check/check';
import { clique, errorsOf, pcs, text, webhookDiagnostics } from './test-fixtures';

const MNNVL = 'grove.io/mnnvl-group';
const withGroup = (annotations: Record<string, string>, where: 'pcs' | 'clique' | 'group') =>
  text(
    pcs(
      {
        cliques: [clique('alpha', {}, where === 'clique' ? { annotations } : {}), clique('beta')],
        podCliqueScalingGroups: [
          { name: 'g', cliqueNames: ['beta'], ...(where === 'group' ? { annotations } : {}) },
        ],
      },
      { metadata: where === 'pcs' ? { annotations } : {} },
    ),
  );
const mnnvlOn: CheckOptions = { cluster: { autoMNNVL: true } };

describe('N1-N2: grove.io/mnnvl-group on create', () => {
  const paths = {
    pcs: `metadata.annotations.${MNNVL}`,
    clique: `spec.template.cliques[0].annotations.${MNNVL}`,
    group: `spec.template.podCliqueScalingGroups[0].annotations.${MNNVL}`,
  } as const;
  for (const where of ['pcs', 'clique', 'group'] as const) {
    it(`${where}: an invalid value with MNNVL off fails N1 and N2 at the same path`, () => {
      expect(errorsOf(withGroup({ [MNNVL]: 'Group_A' }, where))).toEqual([
        ['mnnvl-group-invalid', paths[where], 'Invalid'],
        ['mnnvl-disabled', paths[where], 'Invalid'],
      ]);
    });
  }
  it('N1: an empty value is invalid even with MNNVL on', () => {
    expect(errorsOf(withGroup({ [MNNVL]: '' }, 'pcs'), mnnvlOn)).toEqual([
      ['mnnvl-group-invalid', paths.pcs, 'Invalid'],
    ]);
  });
  it('N2 alone: a valid group name while MNNVL is off', () => {
    expect(errorsOf(withGroup({ [MNNVL]: 'nvl-a' }, 'clique'))).toEqual([
      ['mnnvl-disabled', paths.clique, 'Invalid'],
    ]);
  });
  it('admits "none" with MNNVL off and a DNS label with MNNVL on', () => {
    expect(errorsOf(withGroup({ [MNNVL]: 'none' }, 'group'))).toEqual([]);
    expect(errorsOf(withGroup({ [MNNVL]: 'nvl-a' }, 'group'), mnnvlOn)).toEqual([]);
  });
});

const kai = (
  metadata: Record<string, unknown>,
  alpha: Record<string, unknown> = {},
  beta: Record<string, unknown> = {},
) =>
  text(
    pcs(
      {
        cliques: [
          clique(
            'alpha',
            { podSpec: { containers: [{ name: 'm', image: 'x' }], schedulerName: 'kai-scheduler' } },
            alpha,
          ),
          clique(
            'beta',
            { podSpec: { containers: [{ name: 'm', image: 'x' }], schedulerName: 'kai-scheduler' } },
            beta,
          ),
        ],
      },
      { metadata },
    ),
  );
const QUEUE = 'kai.scheduler/queue';

describe('K2: the scheduler backend', () => {
  it('K2b: kai-scheduler without a queue', () => {
    expect(errorsOf(kai({}))).toEqual([['kai-queue-missing', 'spec', 'Invalid']]);
  });
  it('K2b: a queue label or annotation on the PodCliqueSet or on the cliques is enough', () => {
    expect(errorsOf(kai({ labels: { [QUEUE]: 'q1' } }))).toEqual([]);
    expect(errorsOf(kai({ annotations: { [QUEUE]: 'q1' } }))).toEqual([]);
    expect(errorsOf(kai({}, { labels: { [QUEUE]: 'q1' } }, { annotations: { [QUEUE]: 'q1' } }))).toEqual([]);
  });
  it('K2b: conflicting queues', () => {
    expect(errorsOf(kai({ labels: { [QUEUE]: 'q1' } }, { labels: { [QUEUE]: 'q2' } }))).toEqual([
      ['kai-queue-conflict', 'spec', 'Invalid'],
    ]);
    expect(errorsOf(kai({}, { labels: { [QUEUE]: 'q1' } }, { labels: { [QUEUE]: 'q2' } }))).toEqual([
      ['kai-queue-conflict', 'spec', 'Invalid'],
    ]);
  });

  const backend = (scheduler: string, topology: boolean, annotations: Record<string, string> = {}) =>
    text(
      pcs(
        {
          ...(topology ? { topologyConstraint: { topologyName: 'ct', pack: { required: 'zone' } } } : {}),
          cliques: [
            clique('alpha', {
              podSpec: { containers: [{ name: 'm', image: 'x' }], schedulerName: scheduler },
            }),
          ],
        },
        { metadata: { annotations } },
      ),
    );
  const cluster = (scheduler: string): CheckOptions => ({
    cluster: {
      schedulerProfiles: ['default-scheduler', scheduler],
      topologyAwareScheduling: true,
      topologyBindings: [{ name: 'ct', levels: [{ domain: 'zone', key: 'k' }] }],
    },
  });
  for (const scheduler of ['lpx-scheduler', 'volcano']) {
    it(`K2c: ${scheduler} refuses topology constraints`, () => {
      expect(errorsOf(backend(scheduler, true), cluster(scheduler))).toEqual([
        ['backend-topology-unsupported', 'spec', 'Invalid'],
      ]);
      expect(errorsOf(backend(scheduler, false), cluster(scheduler))).toEqual([]);
    });
  }
  it('K2c: volcano checks its queue annotations', () => {
    const bad = backend('volcano', false, { 'scheduling.grove.io/volcano-queue': 'Not A Queue' });
    expect(errorsOf(bad, cluster('volcano'))).toEqual([['volcano-queue-invalid', 'spec', 'Invalid']]);
    const good = backend('volcano', false, { 'scheduling.grove.io/volcano-queue': 'team-a' });
    expect(errorsOf(good, cluster('volcano'))).toEqual([]);
  });
  it('K2a points at spec and names the backend', () => {
    const diagnostics = webhookDiagnostics(backend('my-sched', false));
    expect(diagnostics.map((d) => d.code)).toEqual([
      'scheduler-not-enabled',
      'scheduler-backend-not-enabled',
    ]);
    expect(diagnostics[1]!.message).toContain("'my-sched'");
  });
});
