import { describe, expect, test } from 'vitest';
import {
  emptyProgress,
  lessonProgress,
  MAX_SAVED_TEXT,
  readProgress,
  resetLesson,
  updateLesson,
  withText,
} from './progress';

describe('progress', () => {
  test('a saved record reads back as it was', () => {
    let progress = updateLesson(emptyProgress, 'a', (l) => ({
      ...withText(l, 'edited', 'start'),
      hints: 2,
      done: true,
      answers: { q: { kind: 'text', text: 'mn-disagg-0' }, p: { kind: 'parts', roles: ['pcs', null] } },
    }));
    progress = { ...progress, pack: { name: 'day2.yaml', text: 'lessons: []' } };
    expect(readProgress(JSON.parse(JSON.stringify(progress)))).toEqual(progress);
  });

  test('anything that does not fit is dropped, the rest kept', () => {
    const saved = {
      version: 1,
      lessons: {
        good: { hints: 1, done: true, answers: { q: { kind: 'choices', picked: [1, 'x', 2.5] } } },
        'Bad Id': { hints: 1 },
        evil: { done: true },
        odd: { hints: -3, done: 'yes', text: 7, answers: { q: { kind: 'html', text: '<b>' } } },
      },
      pack: { name: 'x' },
    };
    // JSON.parse makes `__proto__` an own key, as a stored record would have it.
    const progress = readProgress(JSON.parse(JSON.stringify(saved).replace('"evil"', '"__proto__"')));
    expect(Object.keys(progress.lessons).sort()).toEqual(['good', 'odd']);
    expect(progress.lessons['good']).toEqual({
      hints: 1,
      done: true,
      answers: { q: { kind: 'choices', picked: [1] } },
    });
    expect(progress.lessons['odd']).toEqual({ hints: 0, done: false, answers: {} });
    expect(progress.pack).toBeNull();
    expect(readProgress({ version: 2, lessons: {} })).toBe(emptyProgress);
    expect(readProgress('nonsense')).toBe(emptyProgress);
  });

  test('the starting manifest and oversized texts are not kept', () => {
    expect(withText(lessonProgress(emptyProgress, 'a'), 'start', 'start')).not.toHaveProperty('text');
    expect(
      withText(lessonProgress(emptyProgress, 'a'), 'x'.repeat(MAX_SAVED_TEXT + 1), 'start'),
    ).not.toHaveProperty('text');
    expect(withText(lessonProgress(emptyProgress, 'a'), 'mine', 'start').text).toBe('mine');
  });

  test('reset forgets one lesson only', () => {
    let progress = updateLesson(emptyProgress, 'a', (l) => ({ ...l, done: true }));
    progress = updateLesson(progress, 'b', (l) => ({ ...l, hints: 2 }));
    const reset = resetLesson(progress, 'a');
    expect(lessonProgress(reset, 'a')).toEqual({ answers: {}, hints: 0, done: false });
    expect(lessonProgress(reset, 'b').hints).toBe(2);
    expect(lessonProgress(emptyProgress, 'constructor')).toEqual({ answers: {}, hints: 0, done: false });
  });
});
