import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { stringify } from 'yaml';
import { bundledLessons } from '../../workshop/bundled';
import { emptyProgress, lessonProgress, type WorkshopProgress } from '../../workshop/progress';
import { parseRoute, lessonHref } from './route';
import { allLessons, createWorkshopState } from './state';
import type { ProgressStorage } from './storage';

const bundled = bundledLessons().pack.lessons;
const first = bundled[0]!;

function memory(initial: WorkshopProgress = emptyProgress): ProgressStorage & { writes: WorkshopProgress[] } {
  const writes: WorkshopProgress[] = [];
  return { writes, read: () => initial, write: (p) => void writes.push(p) };
}

const packText = (id: string) =>
  stringify({
    title: 'Day two',
    lessons: [{ id, title: 'T', task: 'Do it.', manifest: first.manifest, goal: 'noErrors', why: 'W' }],
  });

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('workshop state', () => {
  test('progress is written once, shortly after a burst of changes', () => {
    const storage = memory();
    const state = createWorkshopState(bundled, storage);
    state.getState().revealHint(first.id, first.hints.length);
    state.getState().keepText(first, 'edited');
    state.getState().setAnswer(first.id, 'parts', { kind: 'parts', roles: ['pcs'] });
    expect(storage.writes).toHaveLength(0);
    vi.advanceTimersByTime(1000);
    expect(storage.writes).toHaveLength(1);
    expect(lessonProgress(storage.writes[0]!, first.id)).toEqual({
      text: 'edited',
      hints: 1,
      done: false,
      answers: { parts: { kind: 'parts', roles: ['pcs'] } },
    });
  });

  test('hints stop at the last one; reset forgets the lesson', () => {
    const state = createWorkshopState(bundled, memory());
    for (let i = 0; i < 10; i++) state.getState().revealHint(first.id, first.hints.length);
    expect(lessonProgress(state.getState().progress, first.id).hints).toBe(first.hints.length);
    state.getState().markDone(first.id);
    state.getState().reset(first.id);
    expect(lessonProgress(state.getState().progress, first.id)).toEqual({
      answers: {},
      hints: 0,
      done: false,
    });
  });

  test('a pack loads after the bundled lessons, is kept, and comes back on the next start', () => {
    const storage = memory();
    const state = createWorkshopState(bundled, storage);
    expect(state.getState().loadPack(packText('extra'), 'day2.yaml')).toBe(true);
    expect(allLessons(state.getState()).map((l) => l.id)).toEqual([...bundled.map((l) => l.id), 'extra']);
    vi.advanceTimersByTime(1000);
    const again = createWorkshopState(bundled, memory(storage.writes.at(-1)));
    expect(again.getState().pack?.title).toBe('Day two');
    again.getState().removePack();
    expect(again.getState().pack).toBeNull();
    expect(again.getState().progress.pack).toBeNull();
  });

  test('a bad pack is refused with its messages, and the loaded one stays', () => {
    const state = createWorkshopState(bundled, memory());
    state.getState().loadPack(packText('extra'), 'day2.yaml');
    expect(state.getState().loadPack('lessons: nope', 'bad.yaml')).toBe(false);
    expect(state.getState().packErrors).toEqual({
      fileName: 'bad.yaml',
      errors: ['lessons: expected a list, found the text "nope"'],
    });
    expect(state.getState().pack?.fileName).toBe('day2.yaml');
    expect(state.getState().loadPack(packText(first.id), 'clash.yaml')).toBe(false);
    expect(state.getState().packErrors?.errors).toEqual([
      `lesson id "${first.id}" is already used by a built-in lesson; choose another`,
    ]);
    state.getState().dismissErrors();
    expect(state.getState().packErrors).toBeNull();
  });

  test('a saved pack that no longer validates is dropped on start', () => {
    const state = createWorkshopState(
      bundled,
      memory({ ...emptyProgress, pack: { name: 'x.yaml', text: 'id: [' } }),
    );
    expect(state.getState().pack).toBeNull();
    expect(state.getState().progress.pack).toBeNull();
  });
});

describe('routes', () => {
  test.each([
    ['#/workshop', { lesson: null }],
    ['#/workshop/', { lesson: null }],
    ['#/workshop/scaled-gangs', { lesson: 'scaled-gangs' }],
    ['#/workshop/%E0%A4%A', { lesson: '%E0%A4%A' }],
    ['#/workshops', null],
    ['#share=abc', null],
    ['', null],
  ])('%s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  test('a lesson link reads back as the lesson', () => {
    expect(parseRoute(lessonHref('name-budget'))).toEqual({ lesson: 'name-budget' });
  });
});
