import { describe, expect, it } from 'vitest';
import { webhookRules } from './rules';

describe('webhookRules', () => {
  it('has unique kebab-case codes of stage webhook', () => {
    const codes = webhookRules.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const rule of webhookRules) {
      expect(rule.code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(rule.stage).toBe('webhook');
    }
  });

  it('gives every rule its Grove rule number, a title, an explanation, a fix and a Grove source file', () => {
    for (const rule of webhookRules) {
      expect(rule.ref, rule.code).toBeTruthy();
      expect(rule.title.length, rule.code).toBeGreaterThan(10);
      expect(rule.explanation.length, rule.code).toBeGreaterThan(40);
      expect(rule.fix.length, rule.code).toBeGreaterThan(5);
      expect(rule.source, rule.code).toMatch(/^operator\/internal\/.+\.go/);
    }
  });

  it('covers every rule of REFERENCE (b)', () => {
    const refs = new Set(webhookRules.map((r) => r.ref));
    const expected = [
      'M1',
      'S1',
      'S2',
      'R1',
      'R2',
      'R3',
      'R4a',
      'R4b',
      'R4c',
      'R4d',
      'R5a',
      'R5b',
      'R5c',
      'R6a',
      'R6b',
      'C1',
      'C2',
      'C3',
      'C4',
      'C5a',
      'C5b',
      'C7',
      'C8a',
      'C8b',
      'C8c',
      'C9a',
      'C9b',
      'C9c',
      'C10a',
      'C10b',
      'C10c',
      'C11a',
      'C11b',
      'C12a',
      'C12b',
      'C13',
      'C14',
      'C15a',
      'C15b',
      'C16a',
      'C16b',
      'G1',
      'G2',
      'G3',
      'G4',
      'G5',
      'G6',
      'G7',
      'G9',
      'G10',
      'G11',
      'D1',
      'T1',
      'T2',
      'T3',
      'T4',
      'T5',
      'T6',
      'T7',
      'T8',
      'N1',
      'N2',
      'K2a',
      'K2b',
      'K2c',
      'U1',
      'U2',
      'U3',
      'U4',
      'U4b',
      'U5',
      'U6',
      'U7',
      'U8',
      'U9a',
      'U9b',
      'U9c',
      'U9x',
      'U10',
      'U11',
      'CTB',
    ];
    expect(expected.filter((ref) => !refs.has(ref))).toEqual([]);
  });

  it('uses the kebab-case code of the CLI contract for C13', () => {
    expect(webhookRules.find((r) => r.ref === 'C13')?.code).toBe('clique-name-duplicate');
  });
});
