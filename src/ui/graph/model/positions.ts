import type { Point } from '../../../store/store';
import { positionKey } from '../../../store/selection';
import type { XY } from '../layout/types';
import type { StoredPosition } from './scene';

/** Reads dragged positions from the store's `positions`, for one document. */
export function storedPositions(
  positions: Readonly<Record<string, Point>>,
  document: number,
): StoredPosition {
  return (kind, name, parent) => {
    const p = positions[positionKey(document, kind, name)];
    return p && (p.in ?? null) === parent ? p : undefined;
  };
}

/** The store value for a position relative to `parent` (a group name, or null for the canvas). */
export function pointIn(at: XY, parent: string | null): Point {
  const x = Math.round(at.x);
  const y = Math.round(at.y);
  return parent === null ? { x, y } : { x, y, in: parent };
}
