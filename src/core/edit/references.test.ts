import { describe, expect, it } from 'vitest';
import { checkManifest } from '../check/check';
import { yaml } from '../test-support/dedent';
import { applyCommand } from '.';
import { simpleModel } from './testing/model';
import type { EditCommand } from './types';

function run(text: string, command: EditCommand): string {
  const result = applyCommand(text, 0, command);
  if (!result.ok) throw new Error(result.reason);
  return result.text;
}

/** Every kind of reference Grove has to a clique or a scaling group. */
const shared = yaml`
  apiVersion: grove.io/v1alpha1
  kind: PodCliqueSet
  metadata:
    name: share
  spec:
    replicas: 1
    template:
      cliqueStartupType: CliqueStartupTypeExplicit
      resourceClaimTemplates:
      - name: gpus
        templateSpec:
          spec:
            devices:
              requests:
              - name: g
                exactly:
                  deviceClassName: gpu.nvidia.com
      resourceSharing:
      - name: gpus
        scope: PerReplica
        filter:
          childCliqueNames: [solo]
          childScalingGroupNames: [pair]
      cliques:
      - name: solo
        spec:
          roleName: solo
          replicas: 1
          podSpec:
            containers:
            - name: c
              image: x
      - name: lead
        spec:
          roleName: lead
          startsAfter: [solo]
          replicas: 1
          podSpec:
            containers:
            - name: c
              image: x
      - name: work
        spec:
          roleName: work
          startsAfter: [solo, lead]
          replicas: 1
          podSpec:
            containers:
            - name: c
              image: x
      podCliqueScalingGroups:
      - name: pair
        cliqueNames: [lead, work]
        resourceSharing:
        - name: gpus
          scope: AllReplicas
          filter:
            childCliqueNames: [work]
`;

describe('references to cliques and scaling groups', () => {
  it('the fixture is valid for Grove', () => {
    expect(checkManifest(shared).errors).toBe(0);
  });

  it('renaming a clique repairs startsAfter and both levels of resourceSharing filters', () => {
    const solo = run(shared, { type: 'renameClique', clique: 'solo', to: 'single' });
    expect(solo).not.toMatch(/\bsolo\b(?!\n)/);
    expect(solo).toContain('childCliqueNames: [single]');
    expect(solo).toContain('startsAfter: [single, lead]');
    const work = run(shared, { type: 'renameClique', clique: 'work', to: 'worker' });
    expect(work).toContain('cliqueNames: [lead, worker]');
    expect(work).toContain('          childCliqueNames: [worker]');
    expect(checkManifest(work).errors).toBe(0);
  });

  it('renaming a scaling group repairs childScalingGroupNames', () => {
    const after = run(shared, { type: 'renameScalingGroup', group: 'pair', to: 'duo' });
    expect(after).toContain('childScalingGroupNames: [duo]');
    expect(checkManifest(after).errors).toBe(0);
  });

  it('removing a clique removes it from every list, leaving an emptied filter list as []', () => {
    const after = run(shared, { type: 'removeClique', clique: 'solo' });
    expect(after).toContain('childCliqueNames: []');
    expect(after).toContain('startsAfter: [lead]');
    expect(after).not.toContain('startsAfter: [solo]');
    expect(simpleModel(after).cliques.map((c) => c.startsAfter)).toEqual([[], ['lead']]);
  });

  it('a clique leaving its group leaves that group’s own filter too', () => {
    const after = run(shared, { type: 'setCliqueGroup', clique: 'work', group: null });
    expect(after).toContain('cliqueNames: [lead]');
    expect(after).toContain('          childCliqueNames: []');
    expect(after).toContain('childCliqueNames: [solo]');
  });

  it('removing a scaling group removes it from the PodCliqueSet filter', () => {
    const after = run(shared, { type: 'removeScalingGroup', group: 'pair' });
    expect(after).toContain('childScalingGroupNames: []');
    expect(after).not.toContain('podCliqueScalingGroups');
  });

  it('a name written twice is not a reference that can follow one of its holders', () => {
    const twice = shared.replace('- name: lead', '- name: solo');
    const after = run(twice, { type: 'renameClique', clique: 1, to: 'lead' });
    // The other "solo" still exists, so every "solo" reference still means it.
    expect(after).toContain('childCliqueNames: [solo]');
    expect(simpleModel(after).cliques.map((c) => c.name)).toEqual(['solo', 'lead', 'work']);
  });
});

describe('startup dependencies', () => {
  it('adds to and removes from a flow startsAfter', () => {
    const removed = run(shared, { type: 'removeStartsAfter', clique: 'work', after: 'lead' });
    expect(removed).toContain('startsAfter: [solo]\n');
    expect(run(removed, { type: 'addStartsAfter', clique: 'work', after: 'lead' })).toBe(shared);
  });

  it.each<[EditCommand, RegExp]>([
    [{ type: 'addStartsAfter', clique: 'lead', after: 'work' }, /work already waits for lead.*cycle/],
    [{ type: 'addStartsAfter', clique: 'solo', after: 'work' }, /cycle/],
    [{ type: 'addStartsAfter', clique: 'work', after: 'ghost' }, /no clique named "ghost"/],
  ])('refuses %j', (command, reason) => {
    const result = applyCommand(shared, 0, command);
    expect(result.ok ? 'applied' : result.reason).toMatch(reason);
  });
});
