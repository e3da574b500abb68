/**
 * The figures the browser benchmark reports and their targets (issue 7). Targets are goals, not timed
 * tests: a run fails only when a figure is five times worse than its target.
 */
export const FRAME_MS = 1000 / 60;

export interface Target {
  /** What is measured, as the table prints it. */
  readonly label: string;
  readonly unit: 'ms' | 'x' | 'KB';
  /** The goal for the figure the row is judged by (the p95 for distributions); null: reported only. */
  readonly target: number | null;
  /** How the target reads in the table. */
  readonly goal: string;
  /**
   * Why the short run (in `npm test`) prints this figure without failing on it, if it does: the full run
   * (`npm run bench:browser`) still fails past five times the target.
   */
  readonly notJudgedInShort?: string;
}

export const targets = {
  'keystroke-seed': {
    label: 'keystroke → markers, counts, graph, tree repainted: seed',
    unit: 'ms',
    target: FRAME_MS,
    goal: 'p95 ≤ 1 frame (16.7 ms)',
  },
  'keystroke-100': {
    label: 'keystroke → markers, counts, graph, tree repainted: 100 cliques',
    unit: 'ms',
    target: 3 * FRAME_MS,
    goal: 'p95 ≤ 3 frames (50 ms)',
    notJudgedInShort:
      'its p95 measured 122-327 ms in runs on the same shared two-core machine, around five times the goal (250 ms); in npm test it would decide CI by the load of the host',
  },
  'keystroke-5mb': {
    label: 'keystroke → markers, counts, graph, tree repainted: 5 MB manifest',
    unit: 'ms',
    target: null,
    goal: 'reported (issue 3)',
  },
  'longtask-5mb': {
    label: 'longest main-thread task while typing in the 5 MB manifest',
    unit: 'ms',
    target: 200,
    goal: '≤ 200 ms',
  },
  'drag-100': {
    label: 'frame time while dragging a node: 100 cliques',
    unit: 'ms',
    target: 2 * FRAME_MS,
    goal: 'p95 ≤ 2 frames (33.3 ms)',
  },
  'first-graph-paint': {
    label: 'first graph paint after load / Monaco ready',
    unit: 'x',
    target: 1,
    goal: '< 1 (graph before Monaco)',
  },
  'js-before-graph': {
    label: 'JavaScript loaded before the first graph paint (transferred)',
    unit: 'KB',
    target: null,
    goal: 'reported; no Monaco code',
  },
  'recompute-million': {
    label: 'recompute: million-pod manifest / seed (core time in the worker)',
    unit: 'x',
    target: 2,
    goal: '≤ 2x',
  },
} as const satisfies Record<string, Target>;

export type FigureId = keyof typeof targets;
