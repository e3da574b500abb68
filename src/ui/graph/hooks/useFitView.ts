import { useReactFlow } from '@xyflow/react';
import { useEffect, useRef, useState, type RefObject } from 'react';
import type { Rect } from '../model/scene';

/**
 * Room around the design once fitted: React Flow pans the view while a connection is dragged within
 * 40 px of the canvas's edge, so the outermost handles stay clear of that band.
 */
const FIT = { padding: '48px', maxZoom: 1 } as const;

/** Whether a rectangle of the flow lies inside what the canvas shows, at the viewport given. */
export function rectInView(
  rect: Rect,
  view: { x: number; y: number; zoom: number },
  size: { width: number; height: number },
): boolean {
  const left = -view.x / view.zoom;
  const top = -view.y / view.zoom;
  const slack = 1;
  return (
    rect.x >= left - slack &&
    rect.y >= top - slack &&
    rect.x + rect.width <= left + size.width / view.zoom + slack &&
    rect.y + rect.height <= top + size.height / view.zoom + slack
  );
}

/** The canvas's size, kept up to date (zero while another tab hides it). */
function useSize(canvas: RefObject<HTMLElement | null>): { width: number; height: number } {
  const [size, setSize] = useState({ width: 0, height: 0 });
  useEffect(() => {
    const el = canvas.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setSize({ width: el.clientWidth, height: el.clientHeight }));
    observer.observe(el);
    return () => observer.disconnect();
  }, [canvas]);
  return size;
}

/**
 * Fits the view on the first layout of a PodCliqueSet, and again when a new structure's layout left
 * part of the design outside the canvas (a clique added, an edge that reorders the columns, an
 * exercise reset) or the canvas comes back from being hidden with the design out of view. Edits that
 * keep everything in view leave the user's pan and zoom alone.
 */
export function useFitView(opts: {
  readonly design: string;
  readonly structure: string;
  readonly layoutReady: boolean;
  readonly frame: Rect;
  readonly dragging: boolean;
  readonly canvas: RefObject<HTMLElement | null>;
}): void {
  const { design, structure, layoutReady, frame, dragging, canvas } = opts;
  const { fitView, getViewport } = useReactFlow();
  const size = useSize(canvas);
  const shown = size.width > 0 && size.height > 0;
  /** What was last fitted or checked: the design, its structure, and whether the canvas was shown. */
  const done = useRef<{ design: string; structure: string; shown: boolean } | null>(null);
  useEffect(() => {
    if (!shown && done.current) done.current = { ...done.current, shown: false };
    if (!layoutReady || dragging || !shown) return;
    const last = done.current;
    done.current = { design, structure, shown };
    if (last && last.design === design && last.structure === structure && last.shown) return;
    if (!last || last.design !== design || !rectInView(frame, getViewport(), size))
      requestAnimationFrame(() => void fitView(FIT));
  }, [design, structure, layoutReady, dragging, shown, frame, size, fitView, getViewport]);
}
