import type { Goal } from '../goals/types';

/** A question the participant answers in the lesson panel; goals check the answers. */
export type Question =
  | { readonly id: string; readonly kind: 'text'; readonly ask: string }
  /** Mark the parts of `name` (a pod name, hostname, ...), segment by segment. */
  | { readonly id: string; readonly kind: 'parts'; readonly ask: string; readonly name: string }
  /** Pick some of a scaling group's replicas (the options follow the design). */
  | { readonly id: string; readonly kind: 'choices'; readonly ask: string; readonly replicasOf: string };

/** Which results tab the lesson opens with. */
export type LessonPanel = 'anatomy' | 'tree' | 'graph' | 'problems';

/** One exercise: a starting manifest, a task, a goal checked live, hints and a short "why". */
export interface Lesson {
  /** Used in links (`#/workshop/<id>`): lower-case letters, digits and `-`. */
  readonly id: string;
  readonly title: string;
  /** One or two sentences. Text in backticks is shown as code. */
  readonly task: string;
  readonly manifest: string;
  readonly goal: Goal;
  readonly questions: readonly Question[];
  /** Revealed one at a time. */
  readonly hints: readonly string[];
  /** Shown once the goal is met. */
  readonly why: string;
  readonly panel: LessonPanel;
}

/** Several lessons from one file. */
export interface LessonPack {
  readonly title: string;
  readonly lessons: readonly Lesson[];
}
