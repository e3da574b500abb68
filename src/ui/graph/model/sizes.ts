/**
 * Fixed sizes of the canvas' boxes, in flow units. Nodes are not measured: the layout, the
 * containers and the drop targets all work from these numbers, so they agree with each other.
 */
export const CLIQUE = { width: 216, height: 112 } as const;

/** A scaling group: header band and inner padding around its cliques. */
export const GROUP = { header: 48, padding: 14, minWidth: 244, minHeight: 110 } as const;

/** The PodCliqueSet frame around everything. */
export const FRAME = { header: 44, padding: 20 } as const;

/** Gaps the layout keeps between boxes. */
export const GAP = { node: 28, layer: 56 } as const;

/** How far an arrow key moves a node (Shift: five times as far). */
export const KEY_STEP = 10;

/** Width of the floating inspector with its margins, in screen pixels (graph.css). */
export const INSPECTOR_SPACE = 240;
