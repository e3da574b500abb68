import { describe, expect, test } from 'vitest';
import { yaml } from '../../core/test-support/dedent';
import { reportFor, text } from '../testing/check';
import type { Answers, Goal } from './types';
import type { Question } from '../lesson/types';

const base = yaml`
  apiVersion: grove.io/v1alpha1
  kind: PodCliqueSet
  metadata:
    name: mn-disagg
  spec:
    replicas: 1
    template:
      cliques:
      - name: frontend
        spec:
          replicas: 2
          podSpec:
            containers: [{name: frontend, image: nginx}]
      - name: pleader
        spec:
          roleName: pleader
          replicas: 1
          podSpec:
            containers: [{name: pleader, image: nginx}]
      - name: pworker
        spec:
          roleName: pworker
          replicas: 3
          podSpec:
            containers: [{name: pworker, image: nginx}]
      podCliqueScalingGroups:
      - name: prefill
        cliqueNames: [pleader, pworker]
        replicas: 2
`;

/** The base manifest with one literal replacement. */
const change = (from: string, to: string) => {
  expect(base).toContain(from);
  return base.replace(from, to);
};

const met = (goal: Goal, manifest = base, answers: Answers = {}, questions: Question[] = []) =>
  reportFor(manifest, goal, answers, questions).met;

// Each design predicate, a manifest that meets it and one that does not.
const cases: readonly { goal: Goal; pass: string; fail: string }[] = [
  { goal: { kind: 'noErrors' }, pass: base, fail: change('replicas: 3', 'replicas: -3') },
  { goal: { kind: 'noWarnings' }, pass: base, fail: change('name: pworker\n', 'name: p.worker\n') },
  {
    goal: { kind: 'noDiagnostic', code: 'clique-name-duplicate' },
    pass: base,
    fail: change('name: pworker\n', 'name: pleader\n'),
  },
  { goal: { kind: 'podCount', equals: 10 }, pass: base, fail: change('replicas: 2\n', 'replicas: 3\n') },
  {
    goal: { kind: 'podCliqueExists', name: 'mn-disagg-0-prefill-1-pworker' },
    pass: base,
    fail: change('pworker]\n      replicas: 2', 'pworker]\n      replicas: 1'),
  },
  {
    goal: { kind: 'cliqueInGroup', clique: 'pworker', group: 'prefill' },
    pass: base,
    fail: change('[pleader, pworker]', '[pleader]'),
  },
  {
    goal: { kind: 'cliqueInGroup', clique: 'pworker', group: null },
    pass: base,
    fail: change('[pleader, pworker]', '[pleader]'),
  },
  {
    goal: { kind: 'cliqueStandalone', clique: 'frontend' },
    pass: base,
    fail: change('[pleader, pworker]', '[pleader, pworker, frontend]'),
  },
  {
    goal: { kind: 'sameGroup', cliques: ['pleader', 'pworker'] },
    pass: base,
    fail: change('[pleader, pworker]', '[pleader]'),
  },
  {
    goal: { kind: 'groupMembers', group: 'prefill', equals: 2 },
    pass: base,
    fail: change('[pleader, pworker]', '[pleader]'),
  },
  {
    goal: { kind: 'groupReplicas', group: 'prefill', equals: 2 },
    pass: base,
    fail: change('pworker]\n      replicas: 2', 'pworker]\n      replicas: 4'),
  },
  {
    goal: { kind: 'cliqueReplicas', clique: 'pworker', equals: 3 },
    pass: base,
    fail: change('replicas: 3', 'replicas: 4'),
  },
  {
    goal: { kind: 'pcsReplicas', equals: 1 },
    pass: base,
    fail: change('spec:\n  replicas: 1', 'spec:\n  replicas: 2'),
  },
  {
    goal: { kind: 'hostnamesValid', atReplicas: null },
    pass: base,
    fail: change('name: prefill', 'name: pre.fill'),
  },
  {
    goal: { kind: 'hostnamesValid', atReplicas: 100_000 },
    pass: base,
    // 45 characters of names plus five hyphens leave 13 for the digits; 100,000 needs 5 per index, 15 in all.
    fail: change('name: mn-disagg', `name: ${'m'.repeat(31)}`),
  },
  {
    goal: { kind: 'startsAfter', clique: 'frontend', after: 'pleader' },
    pass: change('  template:\n', '  template:\n    cliqueStartupType: CliqueStartupTypeExplicit\n').replace(
      'replicas: 2\n        podSpec',
      'replicas: 2\n        startsAfter: [pleader]\n        podSpec',
    ),
    fail: change(
      'replicas: 2\n        podSpec',
      'replicas: 2\n        startsAfter: [pleader]\n        podSpec',
    ),
  },
];

describe('every design predicate can pass and can fail', () => {
  test.each(cases.map((c) => [c.goal.kind, c] as const))('%s', (_, c) => {
    expect(met(c.goal, c.pass)).toBe(true);
    expect(met(c.goal, c.fail)).toBe(false);
  });

  test('the 100,000-replica case fails only because of the digits', () => {
    const long = change('name: mn-disagg', `name: ${'m'.repeat(31)}`);
    expect(met({ kind: 'noErrors' }, long)).toBe(true);
    expect(met({ kind: 'hostnamesValid', atReplicas: 10_000 }, long)).toBe(true);
  });
});

describe('combinators', () => {
  const yes: Goal = { kind: 'podCount', equals: 10 };
  const no: Goal = { kind: 'podCount', equals: 11 };
  test.each([
    [{ kind: 'all', goals: [yes, yes] }, true],
    [{ kind: 'all', goals: [yes, no] }, false],
    [{ kind: 'any', goals: [no, yes] }, true],
    [{ kind: 'any', goals: [no, no] }, false],
    [{ kind: 'not', goal: no }, true],
    [{ kind: 'not', goal: yes }, false],
  ] as [Goal, boolean][])('%j is %s', (goal, expected) => {
    expect(met(goal)).toBe(expected);
  });

  test('a top-level list gives one checklist line per goal, with what is missing', () => {
    const report = reportFor(base, { kind: 'all', goals: [yes, no] });
    expect(report.checks).toEqual([
      { label: 'The design makes 10 pods', met: true },
      { label: 'The design makes 11 pods', met: false, detail: 'the design makes 10 pods' },
    ]);
  });

  test('"say" replaces the generated line', () => {
    expect(reportFor(base, { ...yes, say: 'Ten pods' }).checks[0]!.label).toBe('Ten pods');
  });

  test('a manifest that cannot be read meets nothing, not even a negation', () => {
    const broken = `${base}  bad: [\n`;
    for (const goal of [
      yes,
      { kind: 'not', goal: no },
      { kind: 'noDiagnostic', code: 'clique-name-duplicate' },
    ] as Goal[])
      expect(reportFor(broken, goal)).toMatchObject({ met: false, checks: [{ met: false }] });
    expect(met(yes, 'kind: ConfigMap\napiVersion: v1\n')).toBe(false);
  });
});

describe('answers', () => {
  const q = (id: string): Question => ({ id, kind: 'text', ask: `${id}?` });
  const isName = (name: object): Goal => ({
    kind: 'answer',
    question: 'a',
    expect: { kind: 'isName', name: { pcsReplica: 0, groupReplica: 0, pod: 0, ...name } as never },
  });
  const answer = (goal: Goal, typed: string, manifest = base) =>
    met(goal, manifest, { a: text(typed) }, [q('a')]);

  test.each([
    [{ kind: 'hostname', clique: 'frontend', pod: 1 }, 'mn-disagg-0-frontend-1', 'mn-disagg-0-frontend-2'],
    [
      { kind: 'hostname', clique: 'pworker', groupReplica: 1, pod: 2 },
      'mn-disagg-0-prefill-1-pworker-2',
      'mn-disagg-0-prefill-1-pworker',
    ],
    [
      { kind: 'podClique', clique: 'pleader', groupReplica: 1 },
      'mn-disagg-0-prefill-1-pleader',
      'mn-disagg-0-pleader',
    ],
    [{ kind: 'pod', clique: 'frontend' }, 'mn-disagg-0-frontend-x7k2q', 'mn-disagg-0-frontend-0'],
    [
      { kind: 'podGang', group: 'prefill', groupReplica: 1 },
      'mn-disagg-0-prefill-0',
      'mn-disagg-0-prefill-1',
    ],
    [{ kind: 'podGang', clique: 'frontend' }, 'mn-disagg-0', 'mn-disagg-0-frontend'],
    [{ kind: 'service' }, 'mn-disagg-0', 'mn-disagg'],
    [{ kind: 'scalingGroup', clique: 'pworker' }, 'mn-disagg-0-prefill', 'prefill'],
  ])('%j', (name, right, wrong) => {
    expect(answer(isName(name), right)).toBe(true);
    expect(answer(isName(name), wrong)).toBe(false);
  });

  test('a name the design does not have meets nothing, and says why', () => {
    const goal = isName({ kind: 'hostname', clique: 'frontend', pod: 5 });
    const report = reportFor(base, goal, { a: text('mn-disagg-0-frontend-5') }, [q('a')]);
    expect(report.checks[0]).toMatchObject({ met: false, detail: 'clique "frontend" has no pod 5' });
  });

  test('the expected name follows the design: move a clique and the answer changes', () => {
    const goal = isName({ kind: 'podClique', clique: 'frontend' });
    const grouped = change('[pleader, pworker]', '[pleader, pworker, frontend]');
    expect(answer(goal, 'mn-disagg-0-frontend')).toBe(true);
    expect(answer(goal, 'mn-disagg-0-frontend', grouped)).toBe(false);
    expect(answer(goal, 'mn-disagg-0-prefill-0-frontend', grouped)).toBe(true);
  });

  test('oneOf ignores case and surrounding spaces; no answer is unmet', () => {
    const goal: Goal = { kind: 'answer', question: 'a', expect: { kind: 'oneOf', values: ['The Dot'] } };
    expect(answer(goal, '  the dot ')).toBe(true);
    expect(answer(goal, 'the hyphen')).toBe(false);
    expect(met(goal, base, {}, [q('a')])).toBe(false);
  });

  test('marked parts: every piece right, none missing', () => {
    const question: Question = { id: 'p', kind: 'parts', ask: 'Mark', name: 'mn-disagg-0-frontend-1' };
    const goal: Goal = { kind: 'answer', question: 'p', expect: { kind: 'marksParts' } };
    const mark = (...roles: (string | null)[]) =>
      met(goal, base, { p: { kind: 'parts', roles } }, [question]);
    expect(mark('pcs', 'pcs', 'pcsIndex', 'clique', 'podIndex')).toBe(true);
    expect(mark('pcs', 'pcs', 'pcsIndex', 'clique', 'suffix')).toBe(false);
    expect(mark('pcs', 'pcs', 'pcsIndex', 'clique', null)).toBe(false);
    const report = reportFor(
      base,
      goal,
      { p: { kind: 'parts', roles: ['pcs', 'clique', 'pcsIndex', 'clique', null] } },
      [question],
    );
    expect(report.checks[0]!.detail).toBe('3 of 5 pieces marked right');
  });

  test('picked scaled replicas: exactly those from minAvailable on', () => {
    const question: Question = { id: 'c', kind: 'choices', ask: 'Pick', replicasOf: 'prefill' };
    const goal: Goal = {
      kind: 'answer',
      question: 'c',
      expect: { kind: 'picksScaledReplicas', group: 'prefill' },
    };
    const pick = (picked: number[], manifest = base) =>
      met(goal, manifest, { c: { kind: 'choices', picked } }, [question]);
    expect(pick([1])).toBe(true);
    expect(pick([0, 1])).toBe(false);
    expect(pick([])).toBe(false);
    const none = change('pworker]\n      replicas: 2', 'pworker]\n      replicas: 2\n      minAvailable: 2');
    expect(pick([], none)).toBe(true);
    expect(pick([1], none)).toBe(false);
  });
});
