import { useReactFlow } from '@xyflow/react';
import { useEffect, type RefObject } from 'react';
import type { Scene } from '../model/scene';
import { INSPECTOR_SPACE } from '../model/sizes';
import { FRAME_ID } from '../model/topology';

/**
 * The inspector floats over the canvas' right edge. When a node selected in the graph (a click, Tab)
 * ends up under it, the view moves left just enough to show the node beside it. Not for selections
 * made by the editor's cursor (typing a name would slide the view at every keystroke), and never
 * while a node is being dragged (it would leave the pointer).
 */
export function useRevealSelected(
  selected: ReadonlySet<string>,
  fromGraph: boolean,
  scene: Scene,
  dragging: boolean,
  canvas: RefObject<HTMLElement | null>,
): void {
  const { getViewport, setViewport } = useReactFlow();
  const [id] = selected;
  useEffect(() => {
    if (!id || !fromGraph || id === FRAME_ID || dragging || !canvas.current) return;
    const box = scene.boxes.get(id);
    if (!box) return;
    const { x, y, zoom } = getViewport();
    const left = box.abs.x * zoom + x;
    const right = left + box.width * zoom;
    const visibleRight = canvas.current.clientWidth - INSPECTOR_SPACE;
    if (right <= visibleRight) return;
    const shift = Math.min(right - visibleRight + 12, Math.max(0, left - 12));
    if (shift > 0) void setViewport({ x: x - shift, y, zoom });
    // Only a new selection moves the view, not every edit of the scene or the end of a drag.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id]);
}
