import type { Answer, Goal } from '../goals/types';
import type { Lesson, LessonPanel, Question } from '../lesson/types';
import { readGoal } from './read-goal';
import { describe, type Reader } from './reader';

export const ID = /^[a-z0-9][a-z0-9-]{0,62}$/;
export const ID_SHAPE = 'an id (lower-case letters, digits and "-", at most 63)';
const PANELS: readonly LessonPanel[] = ['anatomy', 'tree', 'graph', 'problems'];
const LESSON_KEYS = ['id', 'title', 'task', 'manifest', 'goal', 'questions', 'hints', 'why', 'panel'];
const MAX_MANIFEST = 200_000;

function readQuestion(r: Reader, at: string, value: unknown): Question | undefined {
  const map = r.object(at, value);
  if (!map) return undefined;
  const kind = map['kind'] ?? 'text';
  const id = r.text(`${at}.id`, map['id'], 63, ID, ID_SHAPE);
  const ask = r.text(`${at}.ask`, map['ask'], 600);
  if (kind === 'text') {
    r.onlyKeys(at, map, ['id', 'kind', 'ask']);
    return id && ask ? { id, kind, ask } : undefined;
  }
  if (kind === 'parts') {
    r.onlyKeys(at, map, ['id', 'kind', 'ask', 'name']);
    const name = r.text(`${at}.name`, map['name'], 253, /^[a-z0-9.-]+$/, 'a generated name');
    return id && ask && name ? { id, kind, ask, name } : undefined;
  }
  if (kind === 'choices') {
    r.onlyKeys(at, map, ['id', 'kind', 'ask', 'replicasOf']);
    const replicasOf = r.text(`${at}.replicasOf`, map['replicasOf'], 253);
    return id && ask && replicasOf ? { id, kind, ask, replicasOf } : undefined;
  }
  return r.fail(`${at}.kind`, `expected text, parts or choices, found ${describe(kind)}`);
}

/** Answer goals in a goal tree, with where they are. */
function answerGoals(goal: Goal): Extract<Goal, { kind: 'answer' }>[] {
  if (goal.kind === 'answer') return [goal];
  if (goal.kind === 'all' || goal.kind === 'any') return goal.goals.flatMap(answerGoals);
  if (goal.kind === 'not') return answerGoals(goal.goal);
  return [];
}

const ANSWER_FOR: Record<Question['kind'], Answer['kind']> = {
  text: 'text',
  parts: 'parts',
  choices: 'choices',
};
const EXPECTS: Record<string, Question['kind']> = {
  isName: 'text',
  oneOf: 'text',
  marksParts: 'parts',
  picksScaledReplicas: 'choices',
};

function crossCheck(r: Reader, at: string, goal: Goal, questions: readonly Question[]): void {
  const ids = new Set<string>();
  for (const q of questions) {
    if (ids.has(q.id)) r.fail(`${at}.questions`, `two questions have the id "${q.id}"`);
    ids.add(q.id);
  }
  const answers = answerGoals(goal);
  for (const a of answers) {
    const question = questions.find((q) => q.id === a.question);
    if (!question) r.fail(`${at}.goal`, `no question has the id "${a.question}"`);
    else if (EXPECTS[a.expect.kind] !== question.kind)
      r.fail(
        `${at}.goal`,
        `question "${a.question}" is a ${question.kind} question; ${a.expect.kind} needs a ${EXPECTS[a.expect.kind]} question`,
      );
  }
  for (const q of questions)
    if (!answers.some((a) => a.question === q.id))
      r.fail(`${at}.questions`, `no goal checks the answer to question "${q.id}" (${ANSWER_FOR[q.kind]})`);
}

/** Reads one lesson; every problem is reported under `at`. */
export function readLesson(r: Reader, at: string, value: unknown): Lesson | undefined {
  const map = r.object(at, value, 'a lesson (a mapping with id, title, task, manifest, goal, hints, why)');
  if (!map) return undefined;
  r.onlyKeys(at, map, LESSON_KEYS);
  const id = r.text(`${at}.id`, map['id'], 63, ID, ID_SHAPE);
  const where = id ? `${at} ("${id}")` : at;
  const title = r.text(`${where}.title`, map['title'], 120);
  const task = r.text(`${where}.task`, map['task'], 1000);
  const manifest = r.text(`${where}.manifest`, map['manifest'], MAX_MANIFEST);
  const why = r.text(`${where}.why`, map['why'], 2000);
  const hintList = map['hints'] === undefined ? [] : r.list(`${where}.hints`, map['hints'], 10);
  const hints = hintList?.map((h, i) => r.text(`${where}.hints[${i}]`, h, 1000));
  const questionList =
    map['questions'] === undefined ? [] : r.list(`${where}.questions`, map['questions'], 10);
  const questions = questionList?.map((q, i) => readQuestion(r, `${where}.questions[${i}]`, q));
  const goal =
    map['goal'] === undefined
      ? r.fail(where, '"goal" is missing')
      : readGoal(r, `${where}.goal`, map['goal']);
  const panel = map['panel'] ?? 'anatomy';
  if (!PANELS.includes(panel as LessonPanel))
    r.fail(`${where}.panel`, `expected one of ${PANELS.join(', ')}, found ${describe(panel)}`);
  if (
    !id ||
    !title ||
    !task ||
    !manifest ||
    !why ||
    !goal ||
    !hints ||
    !questions ||
    !hints.every((h): h is string => h !== undefined) ||
    !questions.every((q): q is Question => q !== undefined)
  )
    return undefined;
  const before = r.errors.length;
  crossCheck(r, where, goal, questions);
  if (r.errors.length > before) return undefined;
  return { id, title, task, manifest, goal, questions, hints, why, panel: panel as LessonPanel };
}
