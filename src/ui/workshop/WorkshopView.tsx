import { useEffect, useMemo } from 'react';
import type { Lesson } from '../../workshop/lesson/types';
import { lessonProgress } from '../../workshop/progress';
import { EditorPane } from '../EditorPane';
import { useDesigner } from '../hooks/useDesigner';
import { useTheme } from '../hooks/useTheme';
import { PanelTabs } from '../layout/PanelTabs';
import { SplitPane } from '../layout/SplitPane';
import { AnatomyPanel } from './AnatomyPanel';
import { useWorkshop } from './context';
import { LessonPanel } from './LessonPanel';
import { workshopPanels } from './panels';
import { allLessons } from './state';
import { lessonHref } from './route';
import { useGoalReport } from './useGoalReport';
import { useLessonText } from './useLessonText';
import { WorkshopHeader } from './WorkshopHeader';

/** Finds the lesson the link asks for; without one, opens the first lesson not done yet. */
export function WorkshopView({ wanted }: { readonly wanted: string | null }) {
  const bundled = useWorkshop((s) => s.bundled);
  const pack = useWorkshop((s) => s.pack);
  const progress = useWorkshop((s) => s.progress);
  const lessons = useMemo(() => allLessons({ bundled, pack }), [bundled, pack]);
  const current = lessons.find((l) => l.id === wanted) ?? null;
  const view = useDesigner((s) => s.view);
  const theme = useTheme(view.theme, view.presenter);

  useEffect(() => {
    if (wanted !== null || lessons.length === 0) return;
    const next = lessons.find((l) => !lessonProgress(progress, l.id).done) ?? lessons[0]!;
    window.location.replace(lessonHref(next.id));
  }, [wanted, lessons, progress]);

  return (
    <div className={`app workshop${view.presenter ? ' is-presenter' : ''}`}>
      <WorkshopHeader lessons={lessons} current={current} />
      {current ? (
        <LessonWorkspace key={current.id} lesson={current} lessons={lessons} theme={theme} />
      ) : (
        wanted !== null && (
          <p className="workshop-missing" role="alert">
            There is no exercise called “{wanted}”. Pick one from the list above
            {pack ? '' : ', or load the lesson pack it comes from'}.
          </p>
        )
      )}
    </div>
  );
}

interface WorkspaceProps {
  readonly lesson: Lesson;
  readonly lessons: readonly Lesson[];
  readonly theme: 'light' | 'dark';
}

function LessonWorkspace({ lesson, lessons, theme }: WorkspaceProps) {
  const view = useDesigner((s) => s.view);
  const setView = useDesigner((s) => s.setView);
  const answers = useWorkshop((s) => lessonProgress(s.progress, lesson.id).answers);
  useLessonText(lesson);
  const goal = useGoalReport(lesson, answers);
  useEffect(() => setView({ panel: lesson.panel }), [lesson, setView]);

  const index = lessons.indexOf(lesson);
  // A lesson that asks for the parts of a name does not show them before they are found.
  const anatomyHidden = lesson.questions.some((q) => q.kind === 'parts') && !(goal.fresh && goal.report?.met);
  const panels = useMemo(
    () => workshopPanels({ anatomyHidden, withAnatomy: !view.presenter }),
    [anatomyHidden, view.presenter],
  );
  return (
    <SplitPane
      label="Resize the exercise and editor"
      fraction={view.split}
      onChange={(split) => setView({ split })}
      first={
        <div className="workshop-work">
          <LessonPanel
            lesson={lesson}
            position={{ index, count: lessons.length }}
            next={lessons[index + 1] ?? null}
            goal={goal}
          />
          <EditorPane theme={theme} presenter={view.presenter} />
        </div>
      }
      second={
        <div className="workshop-results">
          {view.presenter && <AnatomyPanel hidden={anatomyHidden} />}
          <PanelTabs
            label="Exercise results"
            panels={panels}
            active={view.presenter && view.panel === 'anatomy' ? 'tree' : view.panel}
            onSelect={(panel) => setView({ panel })}
          />
        </div>
      }
    />
  );
}
