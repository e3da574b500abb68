import { parse, YAMLParseError } from 'yaml';
import type { Lesson, LessonPack } from '../lesson/types';
import { readLesson } from './read-lesson';
import { Reader } from './reader';

export type PackResult =
  | { readonly ok: true; readonly pack: LessonPack }
  | { readonly ok: false; readonly errors: readonly string[] };

const MAX_FILE = 2_000_000;
const MAX_LESSONS = 100;

/** Reads a parsed file: one lesson (it has an `id`) or a pack (`title` and `lessons`). */
export function readPack(value: unknown, fallbackTitle: string): PackResult {
  const r = new Reader();
  const map = r.object('', value, 'a lesson or a lesson pack (a mapping)');
  let lessons: (Lesson | undefined)[] = [];
  let title = fallbackTitle;
  if (map && 'lessons' in map) {
    r.onlyKeys('', map, ['title', 'lessons']);
    if (map['title'] !== undefined) title = r.text('title', map['title'], 120) ?? title;
    const list = r.list('lessons', map['lessons'], MAX_LESSONS);
    if (list && list.length === 0) r.fail('lessons', 'a pack needs at least one lesson');
    lessons = list?.map((l, i) => readLesson(r, `lessons[${i}]`, l)) ?? [];
  } else if (map) {
    lessons = [readLesson(r, 'lesson', map)];
  }
  const seen = new Set<string>();
  for (const lesson of lessons) {
    if (lesson && seen.has(lesson.id)) r.fail('lessons', `two lessons have the id "${lesson.id}"`);
    if (lesson) seen.add(lesson.id);
  }
  if (r.errors.length > 0 || !lessons.every((l): l is Lesson => l !== undefined))
    return { ok: false, errors: r.errors.length > 0 ? r.errors : ['the file has no lesson'] };
  return { ok: true, pack: { title, lessons } };
}

/** Reads a lesson file's text (YAML, or JSON, which is YAML too). */
export function readPackText(text: string, fileName: string): PackResult {
  if (text.length > MAX_FILE)
    return {
      ok: false,
      errors: [`${fileName} is ${text.length} characters; a lesson pack may have ${MAX_FILE}`],
    };
  let value: unknown;
  try {
    value = parse(text, { maxAliasCount: 100, uniqueKeys: true, prettyErrors: true });
  } catch (error) {
    const message = error instanceof YAMLParseError ? error.message.split('\n')[0]! : String(error);
    return { ok: false, errors: [`${fileName} is not valid YAML or JSON: ${message}`] };
  }
  return readPack(value, fileName.replace(/\.(ya?ml|json)$/i, ''));
}
