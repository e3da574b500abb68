import { useEffect, useState } from 'react';
import type { Answers, GoalReport } from '../../workshop/goals/types';
import type { Lesson } from '../../workshop/lesson/types';
import { workshopGoalQuery } from '../../worker/queries/workshop-goal';
import { useDesignerContext } from '../DesignerContext';
import { useAnalysis } from '../hooks/useAnalysis';

interface Checked {
  readonly lesson: Lesson;
  readonly answers: Answers;
  readonly revision: number;
  readonly report: GoalReport;
}

export interface GoalState {
  /** The newest report for this lesson (it may describe an older text while a newer one is checked). */
  readonly report: GoalReport | null;
  /** The report describes the text and answers as they are now. */
  readonly fresh: boolean;
}

/**
 * The lesson's goal, checked by the worker after every analysis and every change of an answer. A report
 * only counts (`fresh`) when it comes from the analysis of the current text: a goal is never shown as
 * met for a text the participant has already changed.
 */
export function useGoalReport(lesson: Lesson, answers: Answers): GoalState {
  const { core } = useDesignerContext();
  const analysed = useAnalysis((s) => s.latest?.revision ?? -1);
  const requested = useAnalysis((s) => s.requested);
  const [checked, setChecked] = useState<Checked | null>(null);
  useEffect(() => {
    if (analysed < 0) return;
    let current = true;
    const args = { goal: lesson.goal, questions: lesson.questions, answers };
    core
      .query(workshopGoalQuery, args)
      .then(({ revision, result }) => {
        if (current && result) setChecked({ lesson, answers, revision, report: result });
      })
      .catch(() => {
        // The worker failed on this text: the header shows the failure; the goal stays unmet.
      });
    return () => {
      current = false;
    };
  }, [core, lesson, answers, analysed]);
  const mine = checked?.lesson === lesson ? checked : null;
  return {
    report: mine?.report ?? null,
    fresh: mine !== null && mine.answers === answers && mine.revision === requested,
  };
}
