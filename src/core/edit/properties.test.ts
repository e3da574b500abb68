import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TextEdit } from '../diagnostics/types';
import { parseManifest } from '../parse/parse';
import { samples } from '../test-support/samples';
import { applyCommand, applyEdits, invertEdits } from '.';
import { simpleModel, type SimpleModel } from './testing/model';
import { expected, REFUSED } from './testing/reference';
import type { EditCommand } from './types';

/** A step of a random session: which command, and numbers that pick its arguments from the model. */
const step = fc.record({
  kind: fc.constantFrom(
    'addClique',
    'removeClique',
    'renameClique',
    'moveClique',
    'addScalingGroup',
    'removeScalingGroup',
    'renameScalingGroup',
    'setCliqueGroup',
    'setCliqueReplicas',
    'setCliqueMinAvailable',
    'setGroupReplicas',
    'setGroupMinAvailable',
    'setReplicas',
    'addStartsAfter',
    'removeStartsAfter',
  ),
  a: fc.nat(1000),
  b: fc.nat(1000),
  c: fc.nat(1000),
  flag: fc.boolean(),
});
type Step = typeof step extends fc.Arbitrary<infer S> ? S : never;

/** New names: fine ones, and ones a command must refuse (dot, upper case, too long for the budget). */
const FRESH = ['new', 'db', 'w2', 'a.b', 'Bad', 'long-' + 'n'.repeat(36), 'x'];

function toCommand(m: SimpleModel, s: Step): EditCommand {
  const cliques = m.cliques.map((c) => c.name ?? '');
  const groups = m.groups.map((g) => g.name ?? '');
  const pick = <T>(list: readonly T[], n: number): T | undefined =>
    list.length === 0 ? undefined : list[n % list.length];
  const clique = pick(cliques, s.a) ?? 'none';
  const group = pick(groups, s.b) ?? 'none';
  const name = pick([...FRESH, ...cliques, ...groups], s.c)!;
  const count = (n: number) => 1 + (n % 4);
  switch (s.kind) {
    case 'addClique':
      return {
        type: 'addClique',
        ...(s.flag ? {} : { name }),
        index: s.b % (cliques.length + 1),
        ...(s.a % 3 === 0 && groups.length > 0 ? { group } : {}),
      };
    case 'removeClique':
      return { type: 'removeClique', clique };
    case 'renameClique':
      return { type: 'renameClique', clique, to: name };
    case 'moveClique':
      return { type: 'moveClique', clique, toIndex: s.b % Math.max(1, cliques.length) };
    case 'addScalingGroup':
      return {
        type: 'addScalingGroup',
        ...(s.flag ? {} : { name }),
        cliques: cliques.filter((_, i) => (s.b >> i) & 1),
      };
    case 'removeScalingGroup':
      return { type: 'removeScalingGroup', group };
    case 'renameScalingGroup':
      return { type: 'renameScalingGroup', group, to: name };
    case 'setCliqueGroup':
      return { type: 'setCliqueGroup', clique, group: s.flag ? null : group };
    case 'setCliqueReplicas':
      return { type: 'setCliqueReplicas', clique, replicas: count(s.b) };
    case 'setCliqueMinAvailable':
      return { type: 'setCliqueMinAvailable', clique, minAvailable: s.flag ? null : count(s.b) };
    case 'setGroupReplicas':
      return { type: 'setGroupReplicas', group, replicas: s.flag ? null : count(s.c) };
    case 'setGroupMinAvailable':
      return { type: 'setGroupMinAvailable', group, minAvailable: s.flag ? null : count(s.c) };
    case 'setReplicas':
      return { type: 'setReplicas', replicas: s.b % 4 };
    case 'addStartsAfter':
      return { type: 'addStartsAfter', clique, after: pick(cliques, s.b) ?? 'none' };
    case 'removeStartsAfter':
      return {
        type: 'removeStartsAfter',
        clique,
        after: pick(m.cliques[s.a % m.cliques.length]?.startsAfter ?? [], s.b) ?? clique,
      };
  }
}

/** The name a command chose when it was left open, read from the result. */
function chosenName(command: EditCommand, after: SimpleModel): string | undefined {
  if (command.type === 'addClique') return after.cliques[command.index ?? after.cliques.length - 1]?.name;
  if (command.type === 'addScalingGroup') return after.groups.at(-1)?.name;
  return undefined;
}

describe('random command sequences on random Grove samples', () => {
  it('re-parse to what the commands describe, always parse, and undo byte for byte', () => {
    fc.assert(
      fc.property(
        fc.nat(samples.length - 1),
        fc.array(step, { minLength: 1, maxLength: 10 }),
        (which, steps) => {
          const original = samples[which]!.text;
          let text = original;
          const undo: TextEdit[][] = [];
          for (const s of steps) {
            const before = simpleModel(text);
            const command = toCommand(before, s);
            const result = applyCommand(text, 0, command);
            if (!result.ok) {
              expect(expected(before, command), `${command.type}: ${result.reason}`).toBe(REFUSED);
              continue;
            }
            const after = simpleModel(result.text);
            expect(after, JSON.stringify(command)).toEqual(
              expected(before, command, chosenName(command, after)),
            );
            expect(parseManifest(result.text).documents[0]!.problems).toEqual([]);
            undo.push(invertEdits(text, result.edits));
            text = result.text;
          }
          for (const edits of undo.reverse()) text = applyEdits(text, edits);
          expect(text).toBe(original);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('damaged manifests', () => {
  /** Drops, repeats or re-indents a few lines: what a user's half-typed text looks like. */
  const damage = fc.array(
    fc.record({ line: fc.nat(200), how: fc.constantFrom('drop', 'repeat', 'indent', 'dedent') }),
    {
      minLength: 1,
      maxLength: 4,
    },
  );

  it('never throw: a command either applies (and the result parses) or is refused', () => {
    fc.assert(
      fc.property(
        fc.nat(samples.length - 1),
        damage,
        fc.array(step, { minLength: 1, maxLength: 4 }),
        (which, hurts, steps) => {
          const lines = samples[which]!.text.split('\n');
          for (const { line, how } of hurts) {
            const i = line % lines.length;
            if (how === 'drop') lines.splice(i, 1);
            else if (how === 'repeat') lines.splice(i, 0, lines[i]!);
            else lines[i] = how === 'indent' ? `  ${lines[i]!}` : lines[i]!.replace(/^ {1,2}/, '');
          }
          const text = lines.join('\n');
          const parsed = parseManifest(text);
          if (parsed.documents.length === 0) return;
          for (const s of steps) {
            const model = parsed.documents[0]!.broken ? { cliques: [], groups: [] } : simpleModel(text);
            const result = applyCommand(text, 0, toCommand(model, s));
            if (result.ok) expect(parseManifest(result.text).documents[0]!.broken).toBe(false);
            else expect(result.reason).not.toMatch(/could not make this change \(/);
          }
        },
      ),
      { numRuns: 80 },
    );
  });
});

describe('applyEdits and invertEdits', () => {
  const edits = (length: number) =>
    fc
      .array(fc.record({ at: fc.nat(length), len: fc.nat(5), text: fc.string({ maxLength: 6 }) }), {
        maxLength: 6,
      })
      .map((list) => {
        // Keep edits apart: each starts after the previous one ends.
        const out: TextEdit[] = [];
        let from = 0;
        for (const e of list.sort((x, y) => x.at - y.at)) {
          const start = Math.max(from, e.at);
          const end = Math.min(length, start + e.len);
          if (start > length) break;
          out.push({ range: { start, end }, text: e.text });
          from = end + 1;
        }
        return out;
      });

  it('inverted edits restore any text', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }).chain((text) => fc.tuple(fc.constant(text), edits(text.length))),
        ([text, list]) => {
          const next = applyEdits(text, list);
          expect(applyEdits(next, invertEdits(text, list))).toBe(text);
        },
      ),
    );
  });

  it('refuses overlapping edits', () => {
    const overlapping: TextEdit[] = [
      { range: { start: 0, end: 3 }, text: 'x' },
      { range: { start: 2, end: 4 }, text: 'y' },
    ];
    expect(() => applyEdits('abcdef', overlapping)).toThrow(/Overlapping/);
  });
});
