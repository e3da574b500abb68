import { describe, expect, it } from 'vitest';
import { defaultAndRead } from '../check/check';
import { readLayout } from '../expand/layout';
import { parseManifest } from '../parse/parse';
import { yaml } from '../test-support/dedent';
import { seedText } from '../test-support/samples';
import { gangMembership, gangOfGroupReplica } from './membership';

function layoutOf(text: string) {
  return readLayout(defaultAndRead(parseManifest(text).documents[0]!.value).model);
}

describe('gang membership', () => {
  it('on the seed: frontend and replica 0 of each group in the base gang, prefill replica 1 in its own', () => {
    const m = gangMembership(layoutOf(seedText));
    expect(m.standalone).toEqual(['frontend']);
    expect(m.groups.map((g) => [g.scalingGroup, g.baseReplicas, g.scaledReplicas])).toEqual([
      ['prefill', 1, 1],
      ['decode', 1, 0],
    ]);
    const prefill = m.groups[0]!;
    expect(gangOfGroupReplica('mn-disagg', 0n, prefill, 0n)).toBe('mn-disagg-0');
    expect(gangOfGroupReplica('mn-disagg', 0n, prefill, 1n)).toBe('mn-disagg-0-prefill-0');
    expect(m.gangsPerReplica).toBe(2);
    // frontend 2 + prefill replica 0 (1 + 3) + decode replica 0 (1 + 2)
    expect(m.basePods).toBe(9);
  });

  it("follows Grove's own example: sg replicas 4, minAvailable 2 (REFERENCE (f))", () => {
    const m = gangMembership(
      layoutOf(yaml`
        apiVersion: grove.io/v1alpha1
        kind: PodCliqueSet
        metadata:
          name: test-pcs
        spec:
          replicas: 1
          template:
            cliques:
            - name: standalone
              spec: {replicas: 2, minAvailable: 1, podSpec: {containers: [{name: c, image: x}]}}
            - name: scalable
              spec: {replicas: 3, minAvailable: 2, podSpec: {containers: [{name: c, image: x}]}}
            podCliqueScalingGroups:
            - name: sg
              cliqueNames: [scalable]
              replicas: 4
              minAvailable: 2
      `),
    );
    const sg = m.groups[0]!;
    expect([0n, 1n, 2n, 3n].map((j) => gangOfGroupReplica('test-pcs', 0n, sg, j))).toEqual([
      'test-pcs-0',
      'test-pcs-0',
      'test-pcs-0-sg-0',
      'test-pcs-0-sg-1',
    ]);
    expect(m.floors).toEqual([
      { clique: 'standalone', scalingGroup: null, minReplicas: 1, pods: 2 },
      { clique: 'scalable', scalingGroup: 'sg', minReplicas: 2, pods: 3 },
    ]);
  });
});
