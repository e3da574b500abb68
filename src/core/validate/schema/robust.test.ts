import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HELM_DEFAULTS } from '../../check/settings';
import { applyDefaults } from '../../defaults/defaults';
import { parseManifest } from '../../parse/parse';
import { plainObject, type PlainObject } from '../../parse/to-value';
import { seedText } from '../../test-support/samples';
import { validateSchema } from '.';
import { schemaRules } from './rules';

// Whatever a manifest holds, the schema stage answers with findings, never an exception.

const codes = new Set(schemaRules.map((r) => r.code));
const seed = parseManifest(seedText).documents.find((d) => d.kind === 'PodCliqueSet')!.value as PlainObject;
const ctx = { cluster: HELM_DEFAULTS, operation: 'CREATE' as const };

const keys = fc.constantFrom(
  '__proto__',
  'constructor',
  'toString',
  'replicas',
  'name',
  'spec',
  'cliques',
  'podSpec',
  'x',
);
/** JSON-like values as the parser makes them: objects without a prototype, keys that look like Object's members. */
const value = fc.letrec((tie) => ({
  any: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom(null, true, 'three', '', -1, 2147483648, 1e9, 1.5, Infinity),
    fc.array(tie('any'), { maxLength: 3 }),
    fc.array(fc.tuple(keys, tie('any')), { maxLength: 4 }).map((pairs) => {
      const object = plainObject();
      for (const [k, v] of pairs) object[k] = v;
      return object;
    }),
  ),
})).any;

/** Replaces the value at one of a few places of the seed with `replacement`. */
function plant(where: readonly (string | number)[], replacement: unknown): PlainObject {
  const root = structuredClone<PlainObject>({ ...seed });
  let node = root as Record<string | number, unknown>;
  for (const step of where.slice(0, -1)) node = node[step] as Record<string | number, unknown>;
  node[where[where.length - 1]!] = replacement;
  return root;
}

const places = [
  ['spec'],
  ['spec', 'template'],
  ['spec', 'template', 'cliques'],
  ['spec', 'template', 'cliques', 0],
  ['spec', 'template', 'cliques', 0, 'spec'],
  ['spec', 'template', 'cliques', 0, 'spec', 'podSpec', 'containers'],
  ['spec', 'template', 'podCliqueScalingGroups', 0, 'topologyConstraint'],
] as const;

describe('schema stage on arbitrary values', () => {
  it('never throws and reports only registered codes with a path', () => {
    fc.assert(
      fc.property(fc.constantFrom(...places), value, fc.boolean(), (where, planted, update) => {
        const defaulted = applyDefaults(plant(where, planted)).value;
        const findings = validateSchema(defaulted, 'PodCliqueSet', {
          ...ctx,
          operation: update ? 'UPDATE' : 'CREATE',
        });
        for (const f of findings) {
          expect(codes.has(f.code)).toBe(true);
          expect(typeof f.path).toBe('string');
          expect(f.at.length).toBeGreaterThan(0);
        }
        validateSchema(planted, 'ClusterTopologyBinding', ctx);
      }),
      { numRuns: 400 },
    );
    expect(({} as Record<string, unknown>)['replicas']).toBeUndefined();
  });
});
