import { useReactFlow } from '@xyflow/react';
import { useEffect, type RefObject } from 'react';
import type { Scene } from '../model/scene';
import { INSPECTOR_SPACE } from '../model/sizes';
import { FRAME_ID } from '../model/topology';

/** Whether a pointer button is down anywhere on the page (seen before any handler of the page's own). */
const pointer = { held: false };
if (typeof window !== 'undefined') {
  window.addEventListener('pointerdown', () => (pointer.held = true), { capture: true });
  for (const type of ['pointerup', 'pointercancel'] as const)
    window.addEventListener(type, () => (pointer.held = false), { capture: true });
}

/**
 * The inspector floats over the canvas' right edge. When a node selected in the graph (a click, Tab)
 * ends up under it, the view moves left just enough to show the node beside it. Not for selections
 * made by the editor's cursor (typing a name would slide the view at every keystroke), and never
 * while a node is being dragged or a connection drawn from it (the view would move away from the
 * pointer and its target): with a button held, the view moves once it is released.
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
    const reveal = () => {
      if (!canvas.current) return;
      const { x, y, zoom } = getViewport();
      const left = box.abs.x * zoom + x;
      const right = left + box.width * zoom;
      const visibleRight = canvas.current.clientWidth - INSPECTOR_SPACE;
      if (right <= visibleRight) return;
      const shift = Math.min(right - visibleRight + 12, Math.max(0, left - 12));
      if (shift > 0) void setViewport({ x: x - shift, y, zoom });
    };
    if (!pointer.held) return reveal();
    window.addEventListener('pointerup', reveal, { once: true });
    return () => window.removeEventListener('pointerup', reveal);
    // Only a new selection moves the view, not every edit of the scene or the end of a drag.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id]);
}
