import { decodeName } from '../../core/names/decode';
import type { Question } from '../lesson/types';
import { segmentsOf } from '../lesson/segments';
import type { Verdict } from './design';
import { nameMatches, resolveName } from './names';
import type { GoalSubject } from './subject';
import type { Answer, Expectation } from './types';

type Design = NonNullable<GoalSubject['design']>;

const NOT_YET: Verdict = { met: false };

/** The role of each piece of `name` as the design reads it, or why the design cannot read it. */
export function expectedRoles(design: Design, name: string): readonly string[] | string {
  const decoded = decodeName(design.model, name);
  if (decoded.status !== 'found') return `the design has no object named "${name}"`;
  const parts = decoded.reading.anatomy.parts.filter((p) => p.role !== 'separator');
  return segmentsOf(name).map((s) => parts.find((p) => p.start <= s.start && s.start < p.end)?.role ?? '');
}

function marksParts(design: Design, question: Question, answer: Answer | undefined): Verdict {
  if (question.kind !== 'parts') return { met: false, detail: 'this question has no name to mark' };
  const expected = expectedRoles(design, question.name);
  if (typeof expected === 'string') return { met: false, detail: expected };
  if (answer?.kind !== 'parts') return NOT_YET;
  const right = expected.filter((role, i) => answer.roles[i] === role).length;
  if (right === expected.length && answer.roles.length === expected.length) return { met: true };
  return { met: false, detail: `${right} of ${expected.length} pieces marked right` };
}

function picksScaled(design: Design, group: string, answer: Answer | undefined): Verdict {
  const layout = design.layout.groups.find((g) => g.name === group);
  if (!layout) return { met: false, detail: `there is no scaling group "${group}"` };
  if (answer?.kind !== 'choices') return NOT_YET;
  const picked = [...new Set(answer.picked)].sort((a, b) => a - b);
  const expected: number[] = [];
  for (let j = layout.baseReplicas; j < layout.replicas; j++) expected.push(j);
  return { met: picked.length === expected.length && picked.every((j, i) => j === expected[i]) };
}

/** Checks a participant's answer against what the design, as it stands, says it should be. */
export function checkAnswer(
  design: Design,
  expect: Expectation,
  question: Question,
  answer: Answer | undefined,
): Verdict {
  switch (expect.kind) {
    case 'marksParts':
      return marksParts(design, question, answer);
    case 'picksScaledReplicas':
      return picksScaled(design, expect.group, answer);
    case 'isName': {
      const resolved = resolveName(design.layout, expect.name);
      if ('problem' in resolved) return { met: false, detail: resolved.problem };
      if (answer?.kind !== 'text') return NOT_YET;
      return { met: nameMatches(expect.name, resolved.name, answer.text) };
    }
    case 'oneOf': {
      if (answer?.kind !== 'text') return NOT_YET;
      const typed = answer.text.trim().toLowerCase();
      return { met: expect.values.some((v) => v.trim().toLowerCase() === typed) };
    }
  }
}
