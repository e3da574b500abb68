import { describe, expect, it } from 'vitest';
import { defaultAndRead } from '../check/check';
import { parseManifest } from '../parse/parse';
import { yaml } from '../test-support/dedent';
import { expandPodCliqueSet, expandReferences } from '.';

/** The defaulted model Grove's validators and the expansion see. */
function modelOf(text: string) {
  return defaultAndRead(parseManifest(text).documents[0]!.value).model;
}

const text = yaml`
  apiVersion: grove.io/v1alpha1
  kind: PodCliqueSet
  metadata:
    name: env
    namespace: team-a
  spec:
    replicas: 1
    template:
      cliques:
        - name: solo
          spec:
            roleName: solo
            replicas: 2
            podSpec:
              containers:
                - name: c
                  image: busybox
                  env:
                    - { name: GROVE_PCS_NAME, value: mine }
                    - { name: GROVE_PCSG_NAME, value: kept-in-a-standalone-clique }
                    - name: ME
                      value: $(GROVE_PCLQ_NAME)-$(GROVE_PCLQ_POD_INDEX).$(GROVE_HEADLESS_SERVICE)
                    - { name: ESCAPED, value: $$(GROVE_PCS_NAME) }
                    - { name: LATER, value: $(DEFINED_LATER) }
                    - { name: DEFINED_LATER, value: x }
                    - name: NS
                      valueFrom: { fieldRef: { fieldPath: metadata.namespace } }
                    - name: GANG
                      valueFrom: { fieldRef: { fieldPath: "metadata.labels['grove.io/podgang']" } }
                    - name: POD
                      valueFrom: { fieldRef: { fieldPath: metadata.name } }
                    - name: TOKEN
                      valueFrom: { secretKeyRef: { name: s, key: k } }
                    - { name: USES_TOKEN, value: $(TOKEN)! }
        - name: member
          spec:
            roleName: member
            replicas: 1
            podSpec:
              containers:
                - name: c
                  image: busybox
                  env:
                    - { name: GROVE_PCSG_INDEX, value: dropped }
                    - { name: LEADER, value: $(GROVE_PCSG_NAME)-$(GROVE_PCSG_INDEX)-solo-0 }
      podCliqueScalingGroups:
        - name: grp
          cliqueNames: [member]
          replicas: 2
`;
const e = expandPodCliqueSet(modelOf(text));

describe('pod environment (REFERENCE (e))', () => {
  it('puts Grove variables first, drops template variables with the five common names, keeps the rest in order', () => {
    const pod = e.pods.at(1);
    expect(pod.env.map((v) => [v.name, v.value])).toEqual([
      ['GROVE_PCS_NAME', 'env'],
      ['GROVE_PCS_INDEX', '0'],
      ['GROVE_PCLQ_NAME', 'env-0-solo'],
      ['GROVE_HEADLESS_SERVICE', 'env-0.team-a.svc.cluster.local'],
      ['GROVE_PCLQ_POD_INDEX', '1'],
      ['GROVE_PCSG_NAME', 'kept-in-a-standalone-clique'],
      ['ME', 'env-0-solo-1.env-0.team-a.svc.cluster.local'],
      ['ESCAPED', '$(GROVE_PCS_NAME)'],
      ['LATER', '$(DEFINED_LATER)'],
      ['DEFINED_LATER', 'x'],
      ['NS', 'team-a'],
      ['GANG', 'env-0'],
      ['POD', ''],
      ['TOKEN', ''],
      ['USES_TOKEN', '$(TOKEN)!'],
    ]);
    const byName = new Map(pod.env.map((v) => [v.name, v]));
    expect(byName.get('ME')!.written).toBe(
      '$(GROVE_PCLQ_NAME)-$(GROVE_PCLQ_POD_INDEX).$(GROVE_HEADLESS_SERVICE)',
    );
    expect(byName.get('POD')).toMatchObject({ unresolved: true, valueFrom: 'fieldRef: metadata.name' });
    expect(byName.get('TOKEN')).toMatchObject({ unresolved: true, valueFrom: 'secretKeyRef: s/k' });
    expect(byName.get('NS')!.unresolved).toBeUndefined();
  });

  it('drops the GROVE_PCSG_* names only in scaling-group pods, whose own values resolve', () => {
    const pod = e.pods.at(3);
    expect(pod.hostname).toBe('env-0-grp-1-member-0');
    expect(pod.env.map((v) => [v.name, v.value])).toEqual([
      ['GROVE_PCS_NAME', 'env'],
      ['GROVE_PCS_INDEX', '0'],
      ['GROVE_PCLQ_NAME', 'env-0-grp-1-member'],
      ['GROVE_HEADLESS_SERVICE', 'env-0.team-a.svc.cluster.local'],
      ['GROVE_PCLQ_POD_INDEX', '0'],
      ['GROVE_PCSG_NAME', 'env-0-grp'],
      ['GROVE_PCSG_TEMPLATE_NUM_PODS', '1'],
      ['GROVE_PCSG_INDEX', '1'],
      ['LEADER', 'env-0-grp-1-solo-0'],
    ]);
  });
});

describe('expandReferences', () => {
  const known = new Map([['A', 'x']]);
  it.each([
    ['$(A)', 'x'],
    ['$$(A)', '$(A)'],
    ['$$$(A)', '$x'],
    ['$(B)', '$(B)'],
    ['$(A', '$(A'],
    ['a$b', 'a$b'],
    ['end$', 'end$'],
    ['$(A)$(A)', 'xx'],
  ])('%s -> %s', (input, output) => {
    expect(expandReferences(input, known)).toBe(output);
  });
});
