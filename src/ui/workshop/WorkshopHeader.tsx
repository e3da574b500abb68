import type { Lesson } from '../../workshop/lesson/types';
import { lessonProgress } from '../../workshop/progress';
import { ThemeMenu } from '../header/ThemeMenu';
import { useDesigner } from '../hooks/useDesigner';
import { useWorkshop } from './context';
import { PackLoader } from './PackLoader';
import { designerHref, lessonHref } from './route';

interface Props {
  readonly lessons: readonly Lesson[];
  readonly current: Lesson | null;
}

const go = (lesson: Lesson | undefined) => {
  if (lesson) window.location.hash = lessonHref(lesson.id);
};

/** The workshop's bar: which exercise, progress, lesson packs, presenter view, and the way back. */
export function WorkshopHeader({ lessons, current }: Props) {
  const progress = useWorkshop((s) => s.progress);
  const bundled = useWorkshop((s) => s.bundled);
  const pack = useWorkshop((s) => s.pack);
  const presenter = useDesigner((s) => s.view.presenter);
  const setView = useDesigner((s) => s.setView);
  const index = current ? lessons.indexOf(current) : -1;
  const done = lessons.filter((l) => lessonProgress(progress, l.id).done).length;
  const option = (l: Lesson) => (
    <option key={l.id} value={l.id}>
      {lessons.indexOf(l) + 1}. {l.title}
      {lessonProgress(progress, l.id).done ? ' ✓' : ''}
    </option>
  );
  return (
    <header className="workshop-header" aria-label="Workshop toolbar">
      <h1 className="workshop-title">
        Workshop <span className="muted">· Grove naming</span>
      </h1>
      <nav className="workshop-nav" aria-label="Exercises">
        <button
          type="button"
          aria-label="Previous exercise"
          disabled={index <= 0}
          onClick={() => go(lessons[index - 1])}
        >
          ←
        </button>
        <select
          aria-label="Exercise"
          value={current?.id ?? ''}
          onChange={(e) => go(lessons.find((l) => l.id === e.target.value))}
        >
          {!current && <option value="">Choose an exercise</option>}
          <optgroup label="Grove naming">{bundled.map(option)}</optgroup>
          {pack && <optgroup label={`Pack: ${pack.title}`}>{pack.lessons.map(option)}</optgroup>}
        </select>
        <button
          type="button"
          aria-label="Next exercise"
          disabled={index < 0 || index >= lessons.length - 1}
          onClick={() => go(lessons[index + 1])}
        >
          →
        </button>
        <span className="workshop-progress" data-testid="workshop-progress">
          {done} of {lessons.length} done
        </span>
      </nav>
      <PackLoader />
      <div className="workshop-tools">
        <button
          type="button"
          aria-pressed={presenter}
          onClick={() => setView({ presenter: !presenter })}
          title="Larger type and higher contrast, for projectors"
        >
          Presenter
        </button>
        <ThemeMenu />
        <a className="workshop-back" href={designerHref}>
          Back to my design
        </a>
      </div>
    </header>
  );
}
