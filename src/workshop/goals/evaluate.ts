import type { Question } from '../lesson/types';
import { checkAnswer } from './answers';
import { checkDesign, type Verdict } from './design';
import { labelOf } from './labels';
import type { GoalSubject } from './subject';
import type { Answers, Goal, GoalCheck, GoalReport } from './types';

export interface GoalContext {
  readonly subject: GoalSubject;
  readonly questions: readonly Question[];
  readonly answers: Answers;
}

const UNREADABLE = 'the manifest cannot be read as a PodCliqueSet yet';

function check(goal: Goal, context: GoalContext, design: NonNullable<GoalSubject['design']>): Verdict {
  switch (goal.kind) {
    case 'all': {
      const verdicts = goal.goals.map((g) => check(g, context, design));
      const unmet = verdicts.find((v) => !v.met);
      return unmet ?? { met: true };
    }
    case 'any':
      return { met: goal.goals.some((g) => check(g, context, design).met) };
    case 'not':
      return { met: !check(goal.goal, context, design).met };
    case 'answer': {
      const question = context.questions.find((q) => q.id === goal.question);
      if (!question) return { met: false, detail: `the lesson has no question "${goal.question}"` };
      return checkAnswer(design, goal.expect, question, context.answers[goal.question]);
    }
    default:
      return checkDesign(goal, design, context.subject.diagnostics);
  }
}

/**
 * Evaluates a lesson's goal: one checklist line per part of a top-level `all` (else one line). Pure:
 * the same design and answers always give the same report. A manifest that cannot be read meets nothing.
 */
export function evaluateGoal(goal: Goal, context: GoalContext): GoalReport {
  const parts = goal.kind === 'all' && goal.say === undefined ? goal.goals : [goal];
  const design = context.subject.design;
  const checks: GoalCheck[] = parts.map((part) => {
    const label = labelOf(part, context.questions);
    if (!design) return { label, met: false, detail: UNREADABLE };
    const verdict = check(part, context, design);
    return verdict.detail === undefined || verdict.met
      ? { label, met: verdict.met }
      : { label, met: verdict.met, detail: verdict.detail };
  });
  return { met: checks.length > 0 && checks.every((c) => c.met), checks };
}
