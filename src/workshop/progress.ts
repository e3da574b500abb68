import type { Answer, Answers } from './goals/types';
import { ID } from './pack/read-lesson';

/** Where a participant is in one exercise. */
export interface LessonProgress {
  /** The manifest as the participant left it (absent: the starting manifest). */
  readonly text?: string;
  readonly answers: Answers;
  /** How many hints are shown. */
  readonly hints: number;
  /** The goal was met at least once since the last reset. */
  readonly done: boolean;
}

/** What the workshop keeps across reloads: progress by lesson id, and the loaded pack's file. */
export interface WorkshopProgress {
  readonly version: 1;
  readonly lessons: Readonly<Record<string, LessonProgress>>;
  readonly pack: { readonly name: string; readonly text: string } | null;
}

export const MAX_SAVED_TEXT = 200_000;
export const emptyProgress: WorkshopProgress = { version: 1, lessons: {}, pack: null };
export const emptyLesson: LessonProgress = { answers: {}, hints: 0, done: false };

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

function readAnswer(value: unknown): Answer | undefined {
  if (!isObject(value)) return undefined;
  if (value['kind'] === 'text' && typeof value['text'] === 'string')
    return { kind: 'text', text: value['text'].slice(0, 1000) };
  const roles = value['roles'];
  if (value['kind'] === 'parts' && Array.isArray(roles) && roles.length <= 100)
    return { kind: 'parts', roles: roles.map((r) => (typeof r === 'string' ? r : null)) };
  const picked = value['picked'];
  if (value['kind'] === 'choices' && Array.isArray(picked) && picked.length <= 100)
    return { kind: 'choices', picked: picked.filter((p): p is number => Number.isInteger(p)) };
  return undefined;
}

function readLesson(value: unknown): LessonProgress | undefined {
  if (!isObject(value)) return undefined;
  const answers: Record<string, Answer> = {};
  if (isObject(value['answers']))
    for (const [id, raw] of Object.entries(value['answers'])) {
      const answer = ID.test(id) ? readAnswer(raw) : undefined;
      if (answer) answers[id] = answer;
    }
  const hints = value['hints'];
  const text = value['text'];
  return {
    answers,
    hints: Number.isInteger(hints) && (hints as number) >= 0 ? Math.min(hints as number, 10) : 0,
    done: value['done'] === true,
    ...(typeof text === 'string' && text.length <= MAX_SAVED_TEXT ? { text } : {}),
  };
}

/** Reads a saved record back field by field; whatever does not fit is dropped, never trusted. */
export function readProgress(value: unknown): WorkshopProgress {
  if (!isObject(value) || value['version'] !== 1) return emptyProgress;
  const lessons: Record<string, LessonProgress> = {};
  if (isObject(value['lessons']))
    for (const [id, raw] of Object.entries(value['lessons'])) {
      const lesson = ID.test(id) ? readLesson(raw) : undefined;
      if (lesson) lessons[id] = lesson;
    }
  const pack = value['pack'];
  const saved =
    isObject(pack) && typeof pack['name'] === 'string' && typeof pack['text'] === 'string'
      ? { name: pack['name'].slice(0, 200), text: pack['text'] }
      : null;
  return { version: 1, lessons, pack: saved };
}

export function lessonProgress(progress: WorkshopProgress, id: string): LessonProgress {
  return Object.hasOwn(progress.lessons, id) ? progress.lessons[id]! : emptyLesson;
}

/** The record with one lesson's progress changed. */
export function updateLesson(
  progress: WorkshopProgress,
  id: string,
  change: (lesson: LessonProgress) => LessonProgress,
): WorkshopProgress {
  return { ...progress, lessons: { ...progress.lessons, [id]: change(lessonProgress(progress, id)) } };
}

/** Keeps the participant's text, or forgets it when it is the starting manifest or too large to keep. */
export function withText(lesson: LessonProgress, text: string, manifest: string): LessonProgress {
  const { text: _old, ...rest } = lesson;
  return text === manifest || text.length > MAX_SAVED_TEXT ? rest : { ...rest, text };
}

/** The record with one lesson back at its start: starting manifest, no answers, no hints, not done. */
export function resetLesson(progress: WorkshopProgress, id: string): WorkshopProgress {
  const lessons = { ...progress.lessons };
  delete lessons[id];
  return { ...progress, lessons };
}
