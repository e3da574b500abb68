import { describe, expect, test } from 'vitest';
import { stringify } from 'yaml';
import { readPackText, type PackResult } from './read-pack';

const manifest = 'apiVersion: grove.io/v1alpha1\nkind: PodCliqueSet\nmetadata:\n  name: x\n';

/** A valid lesson as plain data; tests change one thing at a time. */
const lesson = (patch: Record<string, unknown> = {}) => ({
  id: 'count-pods',
  title: 'Count the pods',
  task: 'Make `x` run 13 pods.',
  manifest,
  goal: ['noErrors', { podCount: 13 }],
  hints: ['Replicas multiply.'],
  why: 'Because.',
  ...patch,
});

const read = (value: unknown, name = 'pack.yaml'): PackResult =>
  readPackText(typeof value === 'string' ? value : stringify(value), name);

const errorsOf = (value: unknown): readonly string[] => {
  const result = read(value);
  if (result.ok) throw new Error('expected the pack to be refused');
  return result.errors;
};

describe('valid files', () => {
  test('a single lesson file is a pack of one, titled after the file', () => {
    const result = read(lesson(), 'my-lesson.yaml');
    expect(result).toMatchObject({ ok: true, pack: { title: 'my-lesson', lessons: [{ id: 'count-pods' }] } });
    if (!result.ok) return;
    expect(result.pack.lessons[0]!.goal).toEqual({
      kind: 'all',
      goals: [{ kind: 'noErrors' }, { kind: 'podCount', equals: 13 }],
    });
    expect(result.pack.lessons[0]!.panel).toBe('anatomy');
  });

  test('a pack in JSON with two lessons, questions and every kind of answer goal', () => {
    const pack = {
      title: 'Day two',
      lessons: [
        lesson(),
        lesson({
          id: 'names',
          panel: 'tree',
          questions: [
            { id: 'host', ask: 'Hostname?' },
            { id: 'parts', kind: 'parts', ask: 'Mark it.', name: 'x-0-a-1' },
            { id: 'gangs', kind: 'choices', ask: 'Which?', replicasOf: 'g' },
            { id: 'word', ask: 'Which character?' },
          ],
          goal: {
            all: [
              { answer: 'host', isName: { kind: 'hostname', clique: 'a', pod: 1 } },
              { answer: 'parts', marksParts: true },
              { answer: 'gangs', picksScaledReplicas: 'g', say: 'Gangs picked' },
              { answer: 'word', oneOf: ['.', 'dot'] },
              { not: { any: [{ noDiagnostic: 'name-has-dot' }, { hostnamesValid: { atReplicas: 100 } }] } },
            ],
          },
        }),
      ],
    };
    const result = readPackText(JSON.stringify(pack), 'day-two.json');
    expect(result).toMatchObject({ ok: true, pack: { title: 'Day two' } });
    if (!result.ok) return;
    expect(result.pack.lessons.map((l) => l.id)).toEqual(['count-pods', 'names']);
    expect(result.pack.lessons[1]!.questions.map((q) => q.kind)).toEqual([
      'text',
      'parts',
      'choices',
      'text',
    ]);
  });
});

describe('bad files are refused with messages that say where and what', () => {
  test.each([
    ['not YAML', 'lessons: [\n', /pack\.yaml is not valid YAML or JSON/],
    ['a list at the top', [lesson()], /^expected a lesson or a lesson pack \(a mapping\), found a list$/],
    ['an empty pack', { lessons: [] }, /^lessons: a pack needs at least one lesson$/],
    [
      'a missing title',
      lesson({ title: undefined }),
      /^lesson \("count-pods"\)\.title: expected text, found nothing$/,
    ],
    ['an empty task', lesson({ task: '  ' }), /\.task: must not be empty$/],
    ['a typo in a field', lesson({ hint: ['x'] }), /^lesson: unknown field "hint"; did you mean "hints"\?$/],
    ['an id with capitals', lesson({ id: 'Count Pods' }), /^lesson\.id: "Count Pods" is not an id/],
    [
      'a typo in a goal',
      lesson({ goal: [{ podcount: 13 }] }),
      /goal\[0\]: unknown goal "podcount"; did you mean "podCount"\?$/,
    ],
    [
      'a misspelt flag',
      lesson({ goal: 'noError' }),
      /\.goal: unknown goal "noError"; did you mean "noErrors"\?$/,
    ],
    [
      'a count in words',
      lesson({ goal: { podCount: 'three' } }),
      /\.goal\.podCount: expected a whole number from 0 to 2147483647, found the text "three"$/,
    ],
    [
      'a negative count',
      lesson({ goal: { pcsReplicas: -1 } }),
      /\.goal\.pcsReplicas: expected a whole number/,
    ],
    [
      'an unknown rule code',
      lesson({ goal: { noDiagnostic: 'clique-name-duplicat' } }),
      /no rule has the code "clique-name-duplicat"; did you mean "clique-name-duplicate"\?$/,
    ],
    [
      'two predicates in one goal',
      lesson({ goal: { podCount: 1, noErrors: true } }),
      /exactly one predicate/,
    ],
    [
      'a missing field of a predicate',
      lesson({ goal: { groupReplicas: { group: 'g' } } }),
      /\.goal\.groupReplicas: "equals" is missing$/,
    ],
    [
      'a bad name in a predicate',
      lesson({ goal: { cliqueStandalone: 'Front End' } }),
      /"Front End" is not a Kubernetes name/,
    ],
    ['an empty goal list', lesson({ goal: [] }), /\.goal: a list of goals must not be empty$/],
    [
      'a goal without an answer question',
      lesson({ goal: { answer: 'q', oneOf: ['a'] } }),
      /\.goal: no question has the id "q"$/,
    ],
    [
      'an unknown panel',
      lesson({ panel: 'console' }),
      /\.panel: expected one of anatomy, tree, graph, problems, found the text "console"$/,
    ],
    [
      'a manifest that is not text',
      lesson({ manifest: { kind: 'PodCliqueSet' } }),
      /\.manifest: expected text, found a mapping$/,
    ],
    [
      'too many hints',
      lesson({ hints: Array.from({ length: 11 }, () => 'h') }),
      /\.hints: at most 10 entries, found 11$/,
    ],
  ])('%s', (_, value, message) => {
    const errors = errorsOf(value);
    expect(
      errors.some((e) => message.test(e)),
      errors.join('\n'),
    ).toBe(true);
  });

  test('questions and answer goals must fit each other', () => {
    const errors = errorsOf(
      lesson({
        questions: [
          { id: 'a', ask: 'A?' },
          { id: 'b', kind: 'parts', ask: 'B?', name: 'x-0-a' },
          { id: 'a', ask: 'Again?' },
        ],
        goal: [{ answer: 'a', marksParts: true }],
      }),
    );
    expect(errors).toEqual(
      expect.arrayContaining([
        'lesson ("count-pods").questions: two questions have the id "a"',
        'lesson ("count-pods").goal: question "a" is a text question; marksParts needs a parts question',
        'lesson ("count-pods").questions: no goal checks the answer to question "b" (parts)',
      ]),
    );
  });

  test('two lessons with one id in a pack', () => {
    expect(errorsOf({ lessons: [lesson(), lesson()] })).toContain(
      'lessons: two lessons have the id "count-pods"',
    );
  });

  test('every mistake is listed at once, not just the first', () => {
    const errors = errorsOf(lesson({ title: 3, why: undefined, goal: { podcount: 1 } }));
    expect(errors).toHaveLength(3);
  });

  test('goals nested too deep', () => {
    let goal: unknown = 'noErrors';
    for (let i = 0; i < 12; i++) goal = { not: goal };
    expect(errorsOf(lesson({ goal })).some((e) => e.endsWith('goals nest at most 8 deep'))).toBe(true);
  });

  test('hostile files: __proto__ keys, alias bombs, huge files, duplicate keys', () => {
    const proto = `id: x\n__proto__: {polluted: true}\ntitle: t\ntask: t\nmanifest: m\ngoal: noErrors\nwhy: w\n`;
    expect(errorsOf(proto)).toContain('lesson: unknown field "__proto__"');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      ...Array.from(
        { length: 9 },
        (_, i) =>
          `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`,
      ),
    ].join('\n');
    expect(errorsOf(bomb)[0]).toMatch(/is not valid YAML or JSON/);
    expect(errorsOf('#'.repeat(2_000_001))[0]).toMatch(/a lesson pack may have 2000000/);
    expect(errorsOf('id: x\nid: y\n')[0]).toMatch(/is not valid YAML or JSON/);
  });
});
