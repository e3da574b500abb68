import { analyze } from '../../core/analysis/analyze';
import { HELM_DEFAULTS } from '../../core/check/settings';
import { evaluateGoal } from '../goals/evaluate';
import { subjectOf } from '../goals/subject';
import type { Answers, Goal, GoalReport } from '../goals/types';
import type { Lesson, Question } from '../lesson/types';

/** Runs the whole core on `text`, as the worker does, and checks `goal` against it. */
export function reportFor(
  text: string,
  goal: Goal,
  answers: Answers = {},
  questions: readonly Question[] = [],
): GoalReport {
  const { session } = analyze({ revision: 1, text, activeDocument: 0, cluster: HELM_DEFAULTS });
  return evaluateGoal(goal, { subject: subjectOf(session), questions, answers });
}

/** Applies literal replacements to a lesson's starting manifest; each one must match exactly once. */
export function edited(lesson: Lesson, ...replacements: readonly (readonly [string, string])[]): string {
  let text = lesson.manifest;
  for (const [from, to] of replacements) {
    const at = text.indexOf(from);
    if (at === -1 || text.indexOf(from, at + 1) !== -1)
      throw new Error(`"${from}" must occur exactly once in ${lesson.id}`);
    text = text.slice(0, at) + to + text.slice(at + from.length);
  }
  return text;
}

export const text = (value: string) => ({ kind: 'text', text: value }) as const;
