import { useEffect } from 'react';
import type { Lesson } from '../../workshop/lesson/types';
import { lessonProgress } from '../../workshop/progress';
import { useDesignerContext } from '../DesignerContext';
import { useWorkshopStore } from './context';

const KEEP_DELAY_MS = 200;

/**
 * Puts the lesson's manifest (or what the participant left of it) into the workshop's store when the
 * lesson opens, with an empty undo history, and keeps the text as it changes.
 */
export function useLessonText(lesson: Lesson): void {
  const { store } = useDesignerContext();
  const lessons = useWorkshopStore();
  useEffect(() => {
    const saved = lessonProgress(lessons.getState().progress, lesson.id).text;
    store
      .getState()
      .restore({ text: saved ?? lesson.manifest, activeDocument: 0, selection: null, positions: {} });
    let timer: ReturnType<typeof setTimeout> | undefined;
    const keep = () => lessons.getState().keepText(lesson, store.getState().text);
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.text === previous.text) return;
      clearTimeout(timer);
      timer = setTimeout(keep, KEEP_DELAY_MS);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
      keep();
    };
  }, [lesson, store, lessons]);
}
