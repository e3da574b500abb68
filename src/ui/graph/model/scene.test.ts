import { describe, expect, it } from 'vitest';
import { seedText } from '../../../core/test-support/samples';
import type { Layout } from '../layout/types';
import { sceneOf, type StoredPosition } from './scene';
import { CLIQUE, FRAME, GROUP } from './sizes';
import { designOf } from './testing/design';
import { topologyOf } from './topology';

const seed = topologyOf(designOf(seedText));
const none: StoredPosition = () => undefined;

const layout: Layout = {
  key: 'k',
  positions: {
    'clique:frontend': { x: 0, y: 0 },
    'group:prefill': { x: 300, y: 0 },
    'clique:pleader': { x: 14, y: 62 },
    'clique:pworker': { x: 14, y: 200 },
    'group:decode': { x: 600, y: 0 },
    'clique:dleader': { x: 14, y: 62 },
    'clique:dworker': { x: 14, y: 200 },
  },
  parents: {
    'clique:frontend': null,
    'group:prefill': null,
    'clique:pleader': 'group:prefill',
    'clique:pworker': 'group:prefill',
    'group:decode': null,
    'clique:dleader': 'group:decode',
    'clique:dworker': 'group:decode',
  },
};

describe('sceneOf', () => {
  it('places vertices where the layout put them, children relative to their group', () => {
    const scene = sceneOf(seed, layout, none);
    expect(scene.boxes.get('clique:pworker')).toMatchObject({
      x: 14,
      y: 200,
      parent: 'group:prefill',
      abs: { x: 314, y: 200 },
    });
    const prefill = scene.boxes.get('group:prefill')!;
    expect(prefill.height).toBe(200 + CLIQUE.height + GROUP.padding);
    expect(prefill.width).toBe(14 + CLIQUE.width + GROUP.padding);
  });

  it('puts the frame around every top-level box, with room for its header', () => {
    const scene = sceneOf(seed, layout, none);
    const decode = scene.boxes.get('group:decode')!;
    expect(scene.frame).toEqual({
      x: -FRAME.padding,
      y: -FRAME.header - FRAME.padding,
      width: 600 + decode.width + 2 * FRAME.padding,
      height: decode.height + FRAME.header + 2 * FRAME.padding,
    });
  });

  it('prefers a stored position given under the same parent, and the group grows to hold it', () => {
    const stored: StoredPosition = (kind, name, parent) =>
      kind === 'clique' && name === 'pworker' && parent === 'prefill' ? { x: 400, y: 90 } : undefined;
    const scene = sceneOf(seed, layout, stored);
    expect(scene.boxes.get('clique:pworker')).toMatchObject({ x: 400, y: 90 });
    expect(scene.boxes.get('group:prefill')!.width).toBe(400 + CLIQUE.width + GROUP.padding);
  });

  it('ignores a stored position recorded under another parent', () => {
    const stored: StoredPosition = (kind, name, parent) =>
      kind === 'clique' && name === 'pworker' && parent === null ? { x: 900, y: 900 } : undefined;
    expect(sceneOf(seed, layout, stored).boxes.get('clique:pworker')).toMatchObject({ x: 14, y: 200 });
  });

  it('keeps a clique below its group header when dropped above it', () => {
    const stored: StoredPosition = (kind, name) =>
      kind === 'clique' && name === 'pleader' ? { x: -50, y: -10 } : undefined;
    expect(sceneOf(seed, layout, stored).boxes.get('clique:pleader')).toMatchObject({
      x: GROUP.padding,
      y: GROUP.header + GROUP.padding,
    });
  });

  it('places what the layout does not know (yet) next to what it knows, without overlaps', () => {
    const partial: Layout = {
      key: 'old',
      positions: { 'clique:frontend': { x: 0, y: 0 } },
      parents: { 'clique:frontend': null },
    };
    const scene = sceneOf(seed, partial, none);
    const boxes = [...scene.boxes.values()].filter((b) => b.parent === null);
    for (const a of boxes)
      for (const b of boxes)
        if (a !== b)
          expect(
            a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y,
          ).toBe(true);
    const inPrefill = [scene.boxes.get('clique:pleader')!, scene.boxes.get('clique:pworker')!];
    expect(inPrefill[1]!.y).toBeGreaterThanOrEqual(inPrefill[0]!.y + CLIQUE.height);
  });

  it('ignores a layout position given under another parent (a clique that just left its group)', () => {
    const moved = topologyOf(
      designOf(seedText.replace('cliqueNames: [pleader, pworker]', 'cliqueNames: [pleader]')),
    );
    const scene = sceneOf(moved, layout, none);
    const pworker = scene.boxes.get('clique:pworker')!;
    expect(pworker.parent).toBeNull();
    expect(pworker.x).toBeGreaterThan(600);
  });
});
