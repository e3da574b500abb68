import { toPng, toSvg } from 'html-to-image';

/** A rectangle in the graph's own coordinates (zoom 1). */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Room around the outermost nodes (edges and badges reach a little past them). */
export const IMAGE_PADDING = 32;
/** Longest side of a PNG, in device pixels: browsers refuse larger canvases. */
export const MAX_PNG_SIDE = 8000;

const TRANSLATE = /translate(?:3d)?\(\s*(-?[\d.]+)px\s*,\s*(-?[\d.]+)px/;

/**
 * Bounds of every rendered node in graph coordinates: React Flow places each node, nested ones too, with
 * a `translate(x, y)` of its absolute position, and its size is its layout size (unaffected by zoom).
 */
export function nodesBounds(flow: ParentNode): Rect | null {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const node of flow.querySelectorAll<HTMLElement>('.react-flow__node')) {
    const match = TRANSLATE.exec(node.style.transform);
    if (!match) continue;
    const x = Number(match[1]);
    const y = Number(match[2]);
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x + node.offsetWidth);
    maxY = Math.max(maxY, y + node.offsetHeight);
  }
  return minX === Infinity ? null : { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

export interface ImageRequest {
  /** The React Flow root (`.react-flow`). */
  readonly flow: HTMLElement;
  /** Bounds of the whole graph; measured from the rendered nodes when absent. */
  readonly bounds?: Rect;
  readonly format: 'png' | 'svg';
}

/**
 * The whole graph as an image at zoom 1, whatever part is on screen: the viewport element is captured
 * with its transform replaced by one that moves the graph's bounds to the image's origin. The page's
 * computed styles are copied, so the image has the current theme.
 */
export async function graphImage({ flow, bounds, format }: ImageRequest): Promise<string | null> {
  const viewport = flow.querySelector<HTMLElement>('.react-flow__viewport');
  const box = bounds ?? nodesBounds(flow);
  if (!viewport || !box) return null;
  const width = Math.ceil(box.width + 2 * IMAGE_PADDING);
  const height = Math.ceil(box.height + 2 * IMAGE_PADDING);
  const background = getComputedStyle(flow).backgroundColor;
  // Computed values already resolve every var(): copying the page's custom properties (Monaco alone
  // defines over a thousand) onto each cloned element would only make the image tens of megabytes.
  const properties = [...getComputedStyle(viewport)].filter((p) => !p.startsWith('--'));
  const options = {
    includeStyleProperties: properties,
    width,
    height,
    backgroundColor:
      background === 'rgba(0, 0, 0, 0)' ? getComputedStyle(document.body).backgroundColor : background,
    skipFonts: true,
    pixelRatio: Math.min(window.devicePixelRatio || 1, MAX_PNG_SIDE / Math.max(width, height)),
    style: {
      width: `${width}px`,
      height: `${height}px`,
      transform: `translate(${IMAGE_PADDING - box.x}px, ${IMAGE_PADDING - box.y}px) scale(1)`,
    },
  };
  return format === 'png' ? toPng(viewport, options) : toSvg(viewport, options);
}

/**
 * A data URL as a Blob, for a download with a file name. Decoded by hand: the page's
 * Content-Security-Policy does not let `fetch` read `data:` URLs.
 */
export function dataUrlBlob(url: string): Blob {
  const comma = url.indexOf(',');
  const head = url.slice(5, comma);
  const body = url.slice(comma + 1);
  const type = head.split(';')[0] || 'application/octet-stream';
  if (!head.endsWith(';base64')) return new Blob([decodeURIComponent(body)], { type });
  const binary = atob(body);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type });
}
