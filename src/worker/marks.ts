/**
 * User Timing marks for the browser benchmark (`npm run bench:browser`) and anyone profiling the page:
 * `grove:requested` when an analysis of new inputs is asked for, `grove:shown` when the page has committed
 * an analysis to the screen (after every panel's effects ran), `grove:tree-shown` when the pod tree shows
 * the rows of an analysis. `detail.revision` links them; `grove:shown` also carries `detail.coreMs`, the
 * time the core took in the worker. Only the newest mark of each name stays in the timeline (a
 * PerformanceObserver sees them all), so a long session does not fill the timeline.
 */
export const REQUESTED_MARK = 'grove:requested';
export const SHOWN_MARK = 'grove:shown';
export const TREE_SHOWN_MARK = 'grove:tree-shown';

type MarkName = typeof REQUESTED_MARK | typeof SHOWN_MARK | typeof TREE_SHOWN_MARK;

export function markRevision(name: MarkName, revision: number, coreMs?: number): void {
  if (typeof performance === 'undefined' || typeof performance.mark !== 'function') return;
  performance.clearMarks(name);
  performance.mark(name, { detail: coreMs === undefined ? { revision } : { revision, coreMs } });
}
