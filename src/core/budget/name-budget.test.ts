import { describe, expect, it } from 'vitest';
import { defaultAndRead } from '../check/check';
import { readLayout } from '../expand/layout';
import { parseManifest } from '../parse/parse';
import { yaml } from '../test-support/dedent';
import { seedText } from '../test-support/samples';
import { longestPodName, nameBudgets } from './name-budget';

function layoutOf(text: string) {
  return readLayout(defaultAndRead(parseManifest(text).documents[0]!.value).model);
}

describe('name budgets on the seed', () => {
  const budgets = nameBudgets(layoutOf(seedText));
  const of = (clique: string) => budgets.find((b) => b.clique === clique)!;

  it("matches the guide's Name Length Analysis: 35 characters, 28 to spare", () => {
    const longest = longestPodName(budgets)!;
    expect(longest.clique).toBe('pworker');
    expect(longest.podName.name).toMatch(/^mn-disagg-0-prefill-1-pworker-[a-z0-9]{5}$/);
    expect(longest.podName).toMatchObject({ length: 35, limit: 63, spare: 28, cut: false });
    expect(longest.hostname).toMatchObject({ name: 'mn-disagg-0-prefill-1-pworker-2', length: 31 });
    expect(
      longest.podName.anatomy.parts.filter((p) => p.role !== 'separator').map((p) => [p.role, p.text]),
    ).toEqual([
      ['pcs', 'mn-disagg'],
      ['pcsIndex', '0'],
      ['scalingGroup', 'prefill'],
      ['scalingGroupIndex', '1'],
      ['clique', 'pworker'],
      ['suffix', longest.podName.name.slice(-5)],
    ]);
  });

  it("counts Grove's stricter 45-character budget from the chosen names only (REFERENCE worked example)", () => {
    expect(of('frontend').combined).toMatchObject({ used: 17, limit: 45 });
    expect(of('pworker').combined.used).toBe(23);
    expect(of('pworker').combined.parts.map((p) => [p.role, p.text, p.length])).toEqual([
      ['pcs', 'mn-disagg', 9],
      ['scalingGroup', 'prefill', 7],
      ['clique', 'pworker', 7],
    ]);
    expect(of('dworker').combined.used).toBe(22);
  });

  it('the seed fits any replica count Kubernetes accepts', () => {
    expect(of('pworker').fit).toEqual({
      pcsReplicas: 2147483647n,
      groupReplicas: 2147483647n,
      pods: 2147483647n,
    });
    expect(of('frontend').fit.groupReplicas).toBeNull();
  });

  it('what if prefill scaled to 100: names grow by one digit, nothing is edited', () => {
    const whatIf = nameBudgets(layoutOf(seedText), { groupReplicas: { prefill: 100n } });
    const pworker = whatIf.find((b) => b.clique === 'pworker')!;
    expect(pworker.counts.groupReplicas).toBe(100n);
    expect(pworker.hostname.name).toBe('mn-disagg-0-prefill-99-pworker-2');
    expect(pworker.podName.length).toBe(36);
    expect(whatIf.find((b) => b.clique === 'dworker')!.counts.groupReplicas).toBe(1n);
  });
});

describe('name budgets near the 63-character limits', () => {
  const long = yaml`
    apiVersion: grove.io/v1alpha1
    kind: PodCliqueSet
    metadata:
      name: aaaaaaaaaaaaaaaaaaaaaaaaa
    spec:
      replicas: 1
      template:
        cliques:
        - name: bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb
          spec:
            replicas: 1
            podSpec:
              containers: [{name: c, image: x}]
  `;

  it('finds the largest counts whose hostnames still fit, one count at a time', () => {
    const [b] = nameBudgets(layoutOf(long));
    // 25 + 30 + 3 hyphens + 2 single digits = 60: three more digits for either index, 4 in all.
    expect(b!.hostname.length).toBe(60);
    expect(b!.fit).toEqual({ pcsReplicas: 10000n, groupReplicas: null, pods: 10000n });
  });

  it('a count one past the fit breaks the hostname; the fit itself does not', () => {
    const at = (pods: bigint) =>
      nameBudgets(layoutOf(long), { pods: { bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb: pods } })[0]!;
    expect(at(10000n).hostname).toMatchObject({ length: 63, spare: 0 });
    expect(at(10001n).hostname).toMatchObject({ length: 64, spare: -1 });
    expect(at(10001n).fit.pcsReplicas).toBe(0n);
  });

  it('marks a pod name whose generateName the API server cuts at 58 characters', () => {
    const [b] = nameBudgets(layoutOf(long), { pcsReplicas: 10n ** 9n });
    // Replica index 999999999: 25 + 30 + 2 hyphens + 9 digits.
    expect(b!.podClique.length).toBe(66);
    expect(b!.podName).toMatchObject({ length: 63, cut: true });
  });
});
