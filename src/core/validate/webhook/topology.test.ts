import { describe, expect, it } from 'vitest';
import type { CheckOptions } from '../../check/check';
import { clique, errorsOf, pcs, text, webhookDiagnostics } from './test-fixtures';

const levels = ['zone', 'block', 'rack', 'host'].map((domain) => ({ domain, key: `example.com/${domain}` }));
const enabled: CheckOptions = {
  cluster: { topologyAwareScheduling: true, topologyBindings: [{ name: 'ct', levels }] },
};
const tc = (required?: string, extra: Record<string, unknown> = {}) => ({
  ...(required ? { pack: { required } } : {}),
  ...extra,
});
const named = (required: string, extra: Record<string, unknown> = {}) =>
  tc(required, { topologyName: 'ct', ...extra });

/** A PCS with a standalone clique alpha and a group g of clique beta, each with an optional constraint. */
function manifest(pcsTc?: object, alphaTc?: object, groupTc?: object, betaTc?: object): string {
  return text(
    pcs({
      ...(pcsTc ? { topologyConstraint: pcsTc } : {}),
      cliques: [
        clique('alpha', {}, alphaTc ? { topologyConstraint: alphaTc } : {}),
        clique('beta', {}, betaTc ? { topologyConstraint: betaTc } : {}),
      ],
      podCliqueScalingGroups: [
        { name: 'g', cliqueNames: ['beta'], ...(groupTc ? { topologyConstraint: groupTc } : {}) },
      ],
    }),
  );
}

const PCS = 'spec.template.topologyConstraint';
const ALPHA = 'spec.template.cliques[0].topologyConstraint';
const BETA = 'spec.template.cliques[1].topologyConstraint';
const GROUP = 'spec.template.podCliqueScalingGroups[0].topologyConstraint';

describe('T1: topology-aware scheduling disabled', () => {
  it('refuses every level that has a constraint, one error each, PodCliqueSet first', () => {
    expect(errorsOf(manifest(named('zone'), tc('rack'), tc('rack')))).toEqual([
      ['topology-disabled', PCS, 'Invalid'],
      ['topology-disabled', ALPHA, 'Invalid'],
      ['topology-disabled', GROUP, 'Invalid'],
    ]);
  });
  it('admits the same manifest without constraints, or with the feature enabled', () => {
    expect(errorsOf(manifest())).toEqual([]);
    expect(errorsOf(manifest(named('zone'), tc('rack'), tc('rack')), enabled)).toEqual([]);
  });
});

describe('T2-T4: one topologyName per PodCliqueSet', () => {
  it('T2: the PodCliqueSet level never inherits', () => {
    expect(errorsOf(manifest(tc('zone')), enabled)).toEqual([
      ['topology-name-required', `${PCS}.topologyName`, 'Required'],
    ]);
  });
  it('T2: a child with nothing to inherit from', () => {
    expect(errorsOf(manifest(undefined, tc('rack')), enabled)).toEqual([
      ['topology-name-required', `${ALPHA}.topologyName`, 'Required'],
    ]);
  });
  it('a clique inherits from its group, and a group from the PodCliqueSet', () => {
    expect(errorsOf(manifest(undefined, undefined, named('block'), tc('rack')), enabled)).toEqual([]);
    expect(errorsOf(manifest(named('zone'), undefined, tc('block'), tc('rack')), enabled)).toEqual([]);
  });
  it('T3: an explicit name that differs from the inherited one', () => {
    expect(errorsOf(manifest(named('zone'), tc('rack', { topologyName: 'other' })), enabled)).toEqual([
      ['topology-name-mismatch', `${ALPHA}.topologyName`, 'Invalid'],
    ]);
  });
  it('T4: unrelated levels resolve to different names: every written name is reported', () => {
    expect(
      errorsOf(manifest(undefined, named('rack'), tc('block', { topologyName: 'other' })), enabled),
    ).toEqual([
      ['topology-name-conflict', `${GROUP}.topologyName`, 'Invalid'],
      ['topology-name-conflict', `${ALPHA}.topologyName`, 'Invalid'],
    ]);
  });
  it('skips T5-T8 when T2-T4 fail (the missing binding is not reported)', () => {
    expect(errorsOf(manifest(tc('host'), tc('zone', { topologyName: 'missing' })), enabled)).toEqual([
      ['topology-name-required', `${PCS}.topologyName`, 'Required'],
    ]);
  });
});

describe('T5: the ClusterTopologyBinding exists', () => {
  it('reports the PodCliqueSet-level path even when the name is written on a clique', () => {
    const diagnostics = webhookDiagnostics(
      manifest(undefined, tc('rack', { topologyName: 'missing' })),
      enabled,
    );
    expect(diagnostics.map((d) => [d.code, d.path, d.type])).toEqual([
      ['topology-binding-not-found', `${PCS}.topologyName`, 'Invalid'],
    ]);
    expect(diagnostics[0]!.message).toContain("'missing'");
  });
  it('counts a ClusterTopologyBinding written in the same file', () => {
    const binding = {
      apiVersion: 'grove.io/v1alpha1',
      kind: 'ClusterTopologyBinding',
      metadata: { name: 'local' },
      spec: { levels },
    };
    const file = `${manifest(tc('zone', { topologyName: 'local' }))}---\n${text(binding)}`;
    expect(errorsOf(file, { cluster: { topologyAwareScheduling: true } })).toEqual([]);
  });
});

describe('T6-T8: domains and their hierarchy', () => {
  it('T6: every written domain must be a level of the binding', () => {
    expect(
      errorsOf(
        manifest({ topologyName: 'ct', packDomain: 'region', pack: { required: 'zone', preferred: 'numa' } }),
        enabled,
      ),
    ).toEqual([
      ['topology-domain-unknown', `${PCS}.packDomain`, 'Invalid'],
      ['topology-domain-unknown', `${PCS}.pack.preferred`, 'Invalid'],
    ]);
  });
  it('T6 failing skips T7/T8', () => {
    const bad = manifest(named('host'), tc('zone'), undefined, tc('datacenter'));
    expect(errorsOf(bad, enabled)).toEqual([['topology-domain-unknown', `${BETA}.pack.required`, 'Invalid']]);
    expect(errorsOf(manifest(named('host'), tc('zone')), enabled)).toEqual([
      ['topology-required-narrower', PCS, 'Invalid'],
    ]);
  });
  it('T7: PodCliqueSet vs cliques and groups, then each group vs its members', () => {
    expect(errorsOf(manifest(named('rack'), tc('zone'), tc('host'), tc('block')), enabled)).toEqual([
      ['topology-required-narrower', PCS, 'Invalid'],
      ['topology-required-narrower', PCS, 'Invalid'],
      ['topology-required-narrower', GROUP, 'Invalid'],
    ]);
    expect(errorsOf(manifest(named('zone'), tc('rack'), tc('block'), tc('host')), enabled)).toEqual([]);
  });
  it('T7: the deprecated packDomain counts as the required domain', () => {
    expect(errorsOf(manifest({ topologyName: 'ct', packDomain: 'host' }, tc('zone')), enabled)).toEqual([
      ['topology-required-narrower', PCS, 'Invalid'],
    ]);
  });
  it('T8: the same comparison on preferred domains', () => {
    const bad = manifest(named('zone', { pack: { required: 'zone', preferred: 'host' } }), {
      pack: { preferred: 'rack' },
    });
    expect(errorsOf(bad, enabled)).toEqual([
      ['topology-preferred-narrower', `${PCS}.pack.preferred`, 'Invalid'],
    ]);
    const good = manifest(named('zone', { pack: { required: 'zone', preferred: 'block' } }), {
      pack: { preferred: 'rack' },
    });
    expect(errorsOf(good, enabled)).toEqual([]);
  });
  it('warns (without refusing) when a preferred domain is broader than the required one', () => {
    const m = manifest({ topologyName: 'ct', pack: { required: 'rack', preferred: 'zone' } });
    expect(errorsOf(m, enabled)).toEqual([]);
    expect(webhookDiagnostics(m, enabled, 'warning').map((d) => [d.code, d.path])).toEqual([
      ['topology-preferred-broader-than-required', `${PCS}.pack.preferred`],
    ]);
  });
});
