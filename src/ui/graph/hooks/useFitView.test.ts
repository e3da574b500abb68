import { describe, expect, it } from 'vitest';
import { rectInView } from './useFitView';

describe('rectInView', () => {
  const size = { width: 800, height: 400 };

  it('holds a design drawn inside the canvas', () => {
    expect(rectInView({ x: 10, y: 10, width: 700, height: 300 }, { x: 0, y: 0, zoom: 1 }, size)).toBe(true);
  });

  it('sees a design that grew past the right edge', () => {
    expect(rectInView({ x: 10, y: 10, width: 900, height: 300 }, { x: 0, y: 0, zoom: 1 }, size)).toBe(false);
  });

  it('sees a design panned off to the left', () => {
    expect(rectInView({ x: 0, y: 0, width: 300, height: 300 }, { x: -200, y: 0, zoom: 1 }, size)).toBe(false);
  });

  it('counts the zoom: at half size a twice-as-wide design fits', () => {
    expect(rectInView({ x: 0, y: 0, width: 1500, height: 700 }, { x: 0, y: 0, zoom: 0.5 }, size)).toBe(true);
    expect(rectInView({ x: 0, y: 0, width: 1700, height: 700 }, { x: 0, y: 0, zoom: 0.5 }, size)).toBe(false);
  });
});
