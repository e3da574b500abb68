import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Answer } from '../../workshop/goals/types';
import type { Lesson } from '../../workshop/lesson/types';
import { readPackText } from '../../workshop/pack/read-pack';
import { resetLesson, updateLesson, withText, type WorkshopProgress } from '../../workshop/progress';
import type { ProgressStorage } from './storage';

/** A pack an instructor loaded, with the ids of its lessons. */
export interface LoadedPack {
  readonly title: string;
  readonly fileName: string;
  readonly lessons: readonly Lesson[];
}

export interface WorkshopState {
  readonly bundled: readonly Lesson[];
  readonly pack: LoadedPack | null;
  /** Why the last file could not be loaded (null: it could, or none was tried). */
  readonly packErrors: { readonly fileName: string; readonly errors: readonly string[] } | null;
  readonly progress: WorkshopProgress;
  readonly loadPack: (text: string, fileName: string) => boolean;
  readonly removePack: () => void;
  readonly dismissErrors: () => void;
  readonly setAnswer: (lesson: string, question: string, answer: Answer) => void;
  readonly revealHint: (lesson: string, total: number) => void;
  readonly markDone: (lesson: string) => void;
  readonly keepText: (lesson: Lesson, text: string) => void;
  readonly reset: (lesson: string) => void;
}

export type WorkshopStore = StoreApi<WorkshopState>;

const SAVE_DELAY_MS = 300;

/** Every lesson, bundled first, then the loaded pack's. */
export function allLessons(state: Pick<WorkshopState, 'bundled' | 'pack'>): readonly Lesson[] {
  return state.pack ? [...state.bundled, ...state.pack.lessons] : state.bundled;
}

function packFrom(
  bundled: readonly Lesson[],
  text: string,
  fileName: string,
): { pack: LoadedPack } | { errors: readonly string[] } {
  const result = readPackText(text, fileName);
  if (!result.ok) return { errors: result.errors };
  const taken = result.pack.lessons.filter((l) => bundled.some((b) => b.id === l.id)).map((l) => l.id);
  if (taken.length > 0)
    return {
      errors: taken.map((id) => `lesson id "${id}" is already used by a built-in lesson; choose another`),
    };
  return { pack: { title: result.pack.title, fileName, lessons: result.pack.lessons } };
}

/** The workshop's session: lessons, the loaded pack and the participant's progress, saved on every change. */
export function createWorkshopState(bundled: readonly Lesson[], storage: ProgressStorage): WorkshopStore {
  const initial = storage.read();
  const saved = initial.pack ? packFrom(bundled, initial.pack.text, initial.pack.name) : null;
  const store = createStore<WorkshopState>()((set, get) => {
    const progress = (change: (p: WorkshopProgress) => WorkshopProgress) =>
      set({ progress: change(get().progress) });
    return {
      bundled,
      pack: saved && 'pack' in saved ? saved.pack : null,
      packErrors: null,
      progress: saved && 'errors' in saved ? { ...initial, pack: null } : initial,
      loadPack(text, fileName) {
        const read = packFrom(bundled, text, fileName);
        if ('errors' in read) {
          set({ packErrors: { fileName, errors: read.errors } });
          return false;
        }
        set({
          pack: read.pack,
          packErrors: null,
          progress: { ...get().progress, pack: { name: fileName, text } },
        });
        return true;
      },
      dismissErrors: () => set({ packErrors: null }),
      removePack: () => set({ pack: null, packErrors: null, progress: { ...get().progress, pack: null } }),
      setAnswer: (lesson, question, answer) =>
        progress((p) =>
          updateLesson(p, lesson, (l) => ({ ...l, answers: { ...l.answers, [question]: answer } })),
        ),
      revealHint: (lesson, total) =>
        progress((p) => updateLesson(p, lesson, (l) => ({ ...l, hints: Math.min(total, l.hints + 1) }))),
      markDone: (lesson) =>
        progress((p) => updateLesson(p, lesson, (l) => (l.done ? l : { ...l, done: true }))),
      keepText: (lesson, text) =>
        progress((p) => updateLesson(p, lesson.id, (l) => withText(l, text, lesson.manifest))),
      reset: (lesson) => progress((p) => resetLesson(p, lesson)),
    };
  });
  // Written shortly after the last change (typing changes the kept text on every keystroke), and when the
  // page goes away.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    storage.write(store.getState().progress);
  };
  store.subscribe((state, previous) => {
    if (state.progress === previous.progress) return;
    clearTimeout(timer);
    timer = setTimeout(flush, SAVE_DELAY_MS);
  });
  globalThis.addEventListener?.('pagehide', () => {
    if (timer !== undefined) flush();
  });
  return store;
}
