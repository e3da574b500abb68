import { evaluateGoal } from '../../workshop/goals/evaluate';
import { subjectOf, type GoalSubject } from '../../workshop/goals/subject';
import type { Answers, Goal, GoalReport } from '../../workshop/goals/types';
import type { AnalysisSession } from '../../core/analysis/analyze';
import type { Question } from '../../workshop/lesson/types';
import { queryName, type Query } from './types';

export interface WorkshopGoalArgs {
  readonly goal: Goal;
  readonly questions: readonly Question[];
  readonly answers: Answers;
}

export const workshopGoalQuery = queryName<WorkshopGoalArgs, GoalReport>('workshopGoal');

const subjects = new WeakMap<AnalysisSession, GoalSubject>();

/**
 * A workshop lesson's goal, checked against the newest analysis (never the last good one: a text that
 * does not parse meets no goal) and the participant's answers.
 */
export const workshopGoal: Query<WorkshopGoalArgs, GoalReport> = (session, { goal, questions, answers }) => {
  let subject = subjects.get(session);
  if (!subject) {
    subject = subjectOf(session);
    subjects.set(session, subject);
  }
  return evaluateGoal(goal, { subject, questions, answers });
};
