import { layoutClient } from '../graph/layout/useLayout';

/**
 * The order the designer page starts in: the header, the problems and the topology graph first, Monaco
 * (3 MB of script that keeps the main thread busy for a while) after the graph's first drawing. The
 * editor region shows the text read-only meanwhile. The designer page arms the gate while it renders;
 * pages without a graph (the workshop) never arm it, and their editor loads at once.
 */

/** The longest the editor waits for the graph (a slow layout must not keep the editor away). */
export const EDITOR_WAIT_MS = 2000;

let gate: Promise<void> | null = null;
let open: () => void = () => {};

const frames = (n: number) =>
  new Promise<void>((resolve) => {
    const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
    step(n);
  });

/**
 * Arms the gate (once): it opens two frames after the first layout reached the graph, or when there is
 * nothing to draw, or after `EDITOR_WAIT_MS`. Starts the layout worker now, so ELK loads while the core
 * analyses the text instead of after.
 */
export function holdEditorForGraph(): void {
  if (gate || typeof window === 'undefined' || typeof Worker === 'undefined') return;
  const client = layoutClient();
  gate = new Promise<void>((resolve) => {
    const stop = client.subscribe(() => open());
    const timer = setTimeout(() => open(), EDITOR_WAIT_MS);
    open = () => {
      stop();
      clearTimeout(timer);
      open = () => {};
      void frames(2).then(resolve);
    };
  });
}

/** The graph has nothing to draw (no readable PodCliqueSet): the editor need not wait. */
export function nothingToDraw(): void {
  open();
}

/** Resolves when the editor may load (at once unless the page armed the gate). */
export function editorMayLoad(): Promise<void> {
  return gate ?? Promise.resolve();
}
