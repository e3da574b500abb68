import { useCallback, useEffect } from 'react';
import type { Answer } from '../../workshop/goals/types';
import type { Lesson } from '../../workshop/lesson/types';
import { lessonProgress } from '../../workshop/progress';
import { useDesignerContext } from '../DesignerContext';
import { useWorkshop } from './context';
import { GoalChecklist } from './GoalChecklist';
import { HintList } from './HintList';
import { QuestionView } from './questions/QuestionView';
import { RichText } from './RichText';
import { lessonHref } from './route';
import type { GoalState } from './useGoalReport';

interface Props {
  readonly lesson: Lesson;
  readonly position: { readonly index: number; readonly count: number };
  readonly next: Lesson | null;
  readonly goal: GoalState;
}

/** One exercise: the task, the goal checked live, the questions, hints, and the "why" once met. */
export function LessonPanel({ lesson, position, next, goal }: Props) {
  const { store } = useDesignerContext();
  const progress = useWorkshop((s) => lessonProgress(s.progress, lesson.id));
  const setAnswer = useWorkshop((s) => s.setAnswer);
  const revealHint = useWorkshop((s) => s.revealHint);
  const markDone = useWorkshop((s) => s.markDone);
  const resetLesson = useWorkshop((s) => s.reset);
  const met = goal.fresh && goal.report?.met === true;

  useEffect(() => {
    if (met && !progress.done) markDone(lesson.id);
  }, [met, progress.done, markDone, lesson.id]);

  const reset = useCallback(() => {
    resetLesson(lesson.id);
    store.getState().restore({ text: lesson.manifest, activeDocument: 0, selection: null, positions: {} });
  }, [resetLesson, store, lesson]);

  return (
    <section className="lesson" aria-label="Workshop" data-lesson={lesson.id}>
      <header className="lesson-head">
        <p className="lesson-step">
          Exercise {position.index + 1} of {position.count}
          {progress.done && <span className="lesson-done"> · done</span>}
        </p>
        <h2 className="lesson-title">{lesson.title}</h2>
      </header>
      <p className="lesson-task">
        <RichText text={lesson.task} />
      </p>
      <GoalChecklist state={goal} />
      {lesson.questions.map((q, i) => (
        <QuestionView
          key={`${lesson.id}/${q.id}`}
          question={q}
          number={lesson.questions.length > 1 ? i + 1 : null}
          answer={progress.answers[q.id]}
          onAnswer={(answer: Answer) => setAnswer(lesson.id, q.id, answer)}
        />
      ))}
      {met && (
        <div className="lesson-why" role="note" aria-label="Why">
          <h3>Why</h3>
          <p>
            <RichText text={lesson.why} />
          </p>
        </div>
      )}
      <HintList
        hints={lesson.hints}
        shown={progress.hints}
        onReveal={() => revealHint(lesson.id, lesson.hints.length)}
      />
      <div className="lesson-actions">
        <button type="button" onClick={reset}>
          Reset exercise
        </button>
        <a href={lessonHref(lesson.id)} className="lesson-link">
          Link to this exercise
        </a>
        {next && (
          <a href={lessonHref(next.id)} className={`lesson-next${met ? ' primary-link' : ''}`}>
            Next: {next.title} →
          </a>
        )}
      </div>
    </section>
  );
}
