import { describe, expect, test } from 'vitest';
import { bundledLessons } from './bundled';
import type { Answers } from './goals/types';
import type { Lesson } from './lesson/types';
import { edited, reportFor, text } from './testing/check';

const { pack, errors } = bundledLessons();
const lesson = (id: string): Lesson => {
  const found = pack.lessons.find((l) => l.id === id);
  if (!found) throw new Error(`no bundled lesson ${id}`);
  return found;
};
const met = (l: Lesson, manifest: string, answers: Answers = {}) =>
  reportFor(manifest, l.goal, answers, l.questions).met;

test('every lesson file in lessons/ is valid, and there are at least eight with distinct ids', () => {
  expect(errors).toEqual([]);
  expect(pack.lessons.length).toBeGreaterThanOrEqual(8);
  expect(new Set(pack.lessons.map((l) => l.id)).size).toBe(pack.lessons.length);
});

test('no lesson starts solved, and every one has hints and a why', () => {
  for (const l of pack.lessons) {
    expect(met(l, l.manifest), l.id).toBe(false);
    expect(l.hints.length, l.id).toBeGreaterThanOrEqual(2);
  }
});

describe('each lesson is met by a correct fix and not by a wrong one', () => {
  test('read-a-pod-name: the parts as the design reads them', () => {
    const l = lesson('read-a-pod-name');
    const parts = (...roles: string[]) => ({ parts: { kind: 'parts', roles } as const });
    const right = ['pcs', 'pcs', 'pcsIndex', 'scalingGroup', 'scalingGroupIndex', 'clique', 'suffix'];
    expect(met(l, l.manifest, parts(...right))).toBe(true);
    // `disagg` read as a clique: the hyphen in the PodCliqueSet name fooled us.
    expect(met(l, l.manifest, parts('pcs', 'clique', ...right.slice(2)))).toBe(false);
    expect(met(l, l.manifest, parts(...right.slice(0, 6)))).toBe(false);
  });

  test('standalone-or-grouped: a hostname and a grouped PodClique', () => {
    const l = lesson('standalone-or-grouped');
    const answers = (host: string, clique: string) => ({
      'frontend-host': text(host),
      'dworker-clique': text(clique),
    });
    expect(met(l, l.manifest, answers(' mn-disagg-0-frontend-1 ', 'mn-disagg-0-decode-0-dworker'))).toBe(
      true,
    );
    expect(met(l, l.manifest, answers('mn-disagg-0-frontend-2', 'mn-disagg-0-decode-0-dworker'))).toBe(false);
    expect(met(l, l.manifest, answers('mn-disagg-0-frontend-1', 'mn-disagg-0-dworker'))).toBe(false);
  });

  test('copy-the-system: spec.replicas, not a clique', () => {
    const l = lesson('copy-the-system');
    const answers = {
      service: text('single-node-disaggregated-1'),
      'decode-host': text('single-node-disaggregated-1-decode-0'),
    };
    expect(met(l, edited(l, ['spec:\n  replicas: 1', 'spec:\n  replicas: 2']), answers)).toBe(true);
    // Ten pods too, but all in the first copy.
    expect(met(l, edited(l, ['replicas: 2\n', 'replicas: 7\n']), answers)).toBe(false);
    const wrong = { ...answers, service: text('single-node-disaggregated') };
    expect(met(l, edited(l, ['spec:\n  replicas: 1', 'spec:\n  replicas: 2']), wrong)).toBe(false);
  });

  test('into-a-scaling-group: the worker joins its leader', () => {
    const l = lesson('into-a-scaling-group');
    const answers = { 'worker-clique': text('multinode-aggregated-0-model-instance-1-worker') };
    expect(met(l, edited(l, ['[leader]', '[leader, worker]']), answers)).toBe(true);
    expect(met(l, edited(l, ['[leader]', '[worker, leader]']), answers)).toBe(true);
    // A group of its own keeps the pods apart.
    const ownGroup = edited(l, [
      'replicas: 2\n',
      'replicas: 2\n    - name: workers\n      cliqueNames: [worker]\n      replicas: 2\n',
    ]);
    expect(met(l, ownGroup, answers)).toBe(false);
    const wrongAnswer = { 'worker-clique': text('multinode-aggregated-1-model-instance-0-worker') };
    expect(met(l, edited(l, ['[leader]', '[leader, worker]']), wrongAnswer)).toBe(false);
  });

  test('unique-clique-names: prefixes for both units, not just one', () => {
    const l = lesson('unique-clique-names');
    const rename = (unit: 'prefill' | 'decode', to: string, from: string): [string, string] => [
      `- name: ${from}\n      spec:\n        roleName: ${from}\n        replicas: ${from === 'leader' ? 1 : unit === 'prefill' ? 3 : 2}\n        podSpec:\n          containers:\n          - name: ${unit}-${from}`,
      `- name: ${to}\n      spec:\n        roleName: ${to}\n        replicas: ${from === 'leader' ? 1 : unit === 'prefill' ? 3 : 2}\n        podSpec:\n          containers:\n          - name: ${unit}-${from}`,
    ];
    const decodeOnly = [
      rename('decode', 'dleader', 'leader'),
      rename('decode', 'dworker', 'worker'),
      [
        '- name: decode\n      cliqueNames: [leader, worker]',
        '- name: decode\n      cliqueNames: [dleader, dworker]',
      ],
    ] as const;
    const both = [
      ...decodeOnly,
      rename('prefill', 'pleader', 'leader'),
      rename('prefill', 'pworker', 'worker'),
      [
        '- name: prefill\n      cliqueNames: [leader, worker]',
        '- name: prefill\n      cliqueNames: [pleader, pworker]',
      ],
    ] as const;
    expect(met(l, edited(l, ...both))).toBe(true);
    // `worker` is a suffix of `dworker`: Grove would build the decode workers from the prefill template.
    const half = edited(l, ...decodeOnly);
    expect(met(l, half)).toBe(false);
    expect(reportFor(half, { kind: 'noDiagnostic', code: 'clique-name-suffix' }).met).toBe(false);
  });

  test('scaled-gangs: replicas from minAvailable on, gangs counted from 0', () => {
    const l = lesson('scaled-gangs');
    const three = edited(l, [
      '[pleader, pworker]\n      replicas: 2',
      '[pleader, pworker]\n      replicas: 3',
    ]);
    const answers = (picked: number[], gang: string) => ({
      scaled: { kind: 'choices', picked } as const,
      gang: text(gang),
    });
    expect(met(l, three, answers([1, 2], 'mn-disagg-0-prefill-1'))).toBe(true);
    expect(met(l, three, answers([2], 'mn-disagg-0-prefill-1'))).toBe(false);
    expect(met(l, three, answers([1, 2], 'mn-disagg-0-prefill-2'))).toBe(false);
    // Any correct design passes with the answers that fit it: minAvailable 2 keeps replica 1 in the base gang.
    const floorTwo = edited(l, [
      '[pleader, pworker]\n      replicas: 2',
      '[pleader, pworker]\n      replicas: 3\n      minAvailable: 2',
    ]);
    expect(met(l, floorTwo, answers([2], 'mn-disagg-0-prefill-0'))).toBe(true);
    expect(met(l, floorTwo, answers([1, 2], 'mn-disagg-0-prefill-1'))).toBe(false);
  });

  test('name-budget: a shorter PodCliqueSet name fits, a shorter group name alone does not', () => {
    const l = lesson('name-budget');
    expect(met(l, edited(l, ['name: machine-learning-inference-service', 'name: ml-inference']))).toBe(true);
    const groupOnly = edited(l, ['name: prefill-stage', 'name: prefill']);
    expect(met(l, groupOnly)).toBe(false);
  });

  test('dot-in-a-name: a hyphen instead of the dot; removing the clique is no fix', () => {
    const l = lesson('dot-in-a-name');
    expect(met(l, edited(l, ['name: vision.encoder', 'name: vision-encoder']))).toBe(true);
    expect(met(l, edited(l, ['name: vision.encoder', 'name: vision_encoder']))).toBe(false);
    const removed = l.manifest.replace(/ {4}- name: vision\.encoder[\s\S]*?(?= {4}- name: pleader)/, '');
    expect(removed).not.toContain('vision');
    expect(met(l, removed)).toBe(false);
  });

  test('start-after-decode: Explicit with startsAfter, or InOrder right after dleader', () => {
    const l = lesson('start-after-decode');
    const explicit = edited(
      l,
      ['  template:\n', '  template:\n    cliqueStartupType: CliqueStartupTypeExplicit\n'],
      ['- name: frontend\n      spec:\n', '- name: frontend\n      spec:\n        startsAfter: [dleader]\n'],
    );
    expect(met(l, explicit)).toBe(true);
    // Without the startup type Grove ignores startsAfter.
    const ignored = edited(l, [
      '- name: frontend\n      spec:\n',
      '- name: frontend\n      spec:\n        startsAfter: [dleader]\n',
    ]);
    expect(met(l, ignored)).toBe(false);
    const frontend = /( {4}- name: frontend\n[\s\S]*?)(?= {4}- name: pleader)/.exec(l.manifest)![1]!;
    const inOrder = edited(
      l,
      [frontend, ''],
      ['  template:\n', '  template:\n    cliqueStartupType: CliqueStartupTypeInOrder\n'],
      ['    - name: dworker\n      spec:', `${frontend}    - name: dworker\n      spec:`],
    );
    expect(met(l, inOrder)).toBe(true);
  });
});
