import type { LessonPack } from './lesson/types';
import { readPackText } from './pack/read-pack';

/** The lesson files in `lessons/`, bundled at build time, in file-name order. */
const files = import.meta.glob<string>('../../lessons/*.{yaml,yml,json}', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** Reads the bundled lessons; a bad file is a build mistake, reported by name (the unit tests fail on it). */
export function bundledLessons(): { readonly pack: LessonPack; readonly errors: readonly string[] } {
  const lessons = [];
  const errors: string[] = [];
  for (const path of Object.keys(files).sort()) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    const result = readPackText(files[path]!, name);
    if (result.ok) lessons.push(...result.pack.lessons);
    else errors.push(...result.errors.map((e) => `${name}: ${e}`));
  }
  return { pack: { title: 'Grove naming workshop', lessons }, errors };
}
