import type { ElkNode } from 'elkjs/lib/elk-api';

export interface XY {
  readonly x: number;
  readonly y: number;
}

/** Where the automatic layout put each vertex, relative to its parent group (or the canvas). */
export interface Layout {
  /** The structure key the layout was computed for. */
  readonly key: string;
  readonly positions: Readonly<Record<string, XY>>;
  /** The group each position is relative to (null: the canvas). */
  readonly parents: Readonly<Record<string, string | null>>;
}

/** Page -> layout worker. */
export interface LayoutRequest {
  readonly id: number;
  readonly key: string;
  readonly graph: ElkNode;
}

/** Layout worker -> page. */
export type LayoutResponse =
  | { readonly id: number; readonly layout: Layout; readonly elapsedMs: number }
  | { readonly id: number; readonly error: string };
