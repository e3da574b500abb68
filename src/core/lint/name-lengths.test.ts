import { describe, expect, it } from 'vitest';
import { seedText } from '../test-support/samples';
import { clique, lintText, only, pcs } from './fixture';

// 20 + 12 + 13 = 45 characters: exactly Grove's budget, so the webhook admits these names.
const PCS = 'inference-cluster-xy';
const GROUP = 'prefill-pool';
const MEMBER = 'prefill-lead1';

function grouped(pcsReplicas: number, groupReplicas: string, podReplicas: number): string {
  return pcs(
    PCS,
    `cliques:\n${clique(MEMBER, '', podReplicas)}\npodCliqueScalingGroups:\n  - name: ${GROUP}\n    cliqueNames: [${MEMBER}]\n${groupReplicas}`,
    pcsReplicas,
  );
}

describe('hostname-too-long', () => {
  it('reports the hostname at the largest indices the replicas and autoscaler maxima allow', () => {
    const text = grouped(1_000_000_000, '    replicas: 1\n    scaleConfig: {maxReplicas: 1000}', 100);
    const [finding, ...rest] = only(lintText(text), 'hostname-too-long');
    expect(rest).toEqual([]);
    const hostname = `${PCS}-999999999-${GROUP}-999-${MEMBER}-99`;
    expect(hostname).toHaveLength(64);
    expect(finding!.message).toContain(`"${hostname}" has 64 characters`);
    expect(finding!.path).toBe('spec.template.cliques[0].name');
    expect(finding!.fix).toContain('by 1 character,');
  });

  it('counts a standalone clique autoscaler maximum as the largest pod index', () => {
    const text = pcs(
      'a-twenty-char-pcs-xy',
      `cliques:\n${clique('standalone-clique-name-25', 'autoScalingConfig: {maxReplicas: 1000000}')}`,
      2147483647,
    );
    const [finding] = only(lintText(text), 'hostname-too-long');
    expect(finding!.message).toContain('"a-twenty-char-pcs-xy-2147483646-standalone-clique-name-25-999999"');
  });

  it('stays quiet one digit below the limit', () => {
    const text = grouped(100_000_000, '    replicas: 1\n    scaleConfig: {maxReplicas: 1000}', 100);
    expect(only(lintText(text), 'hostname-too-long')).toEqual([]);
  });
});

describe('label-value-too-long', () => {
  it('reports the PodClique name (a label value) and not the hostname as well', () => {
    const text = grouped(2147483647, '    replicas: 1\n    scaleConfig: {maxReplicas: 1000000}', 1);
    const findings = lintText(text);
    const [finding] = only(findings, 'label-value-too-long');
    expect(finding!.message).toContain(`"${PCS}-2147483646-${GROUP}-999999-${MEMBER}" has 65 characters`);
    expect(finding!.fix).toContain('by 2 characters');
    expect(only(findings, 'hostname-too-long')).toEqual([]);
  });

  it('stays quiet when the PodClique name fits', () => {
    const text = grouped(2147483647, '    replicas: 1\n    scaleConfig: {maxReplicas: 10000}', 1);
    expect(only(lintText(text), 'label-value-too-long')).toEqual([]);
  });
});

describe('name-headroom', () => {
  it('says how many PodCliqueSet replicas the longest hostname leaves room for', () => {
    const text = grouped(1, '    replicas: 1\n    scaleConfig: {maxReplicas: 100}', 100);
    const [finding] = only(lintText(text), 'name-headroom');
    // 55 characters now: 8 to spare, so the replica index may grow from 1 to 9 digits.
    expect(finding!.message).toContain('fit up to 1000000000 PodCliqueSet replicas');
    expect(finding!.message).toContain('has 8 characters to spare');
    expect(finding!.path).toBe('spec.replicas');
  });

  it('is silent for the seed, whose names fit any replica count', () => {
    expect(only(lintText(seedText), 'name-headroom')).toEqual([]);
    expect(lintText(seedText).filter((f) => f.code.endsWith('too-long'))).toEqual([]);
  });

  it('never crashes on counts far beyond int32 (the schema stage reports them)', () => {
    const text = grouped(1e30, '    replicas: 1', 1);
    expect(only(lintText(text), 'label-value-too-long')[0]!.message).toContain(
      `${PCS}-${BigInt(1e30) - 1n}-`,
    );
  });
});
