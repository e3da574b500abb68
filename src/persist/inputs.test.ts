import { describe, expect, it } from 'vitest';
import { HELM_DEFAULTS } from '../core/check/settings';
import { defaultView } from '../store/store';
import { readInputs } from './inputs';

describe('readInputs', () => {
  it('keeps every well-formed field, the view’s optional settings too', () => {
    const value = {
      text: 'a: 1\n',
      activeDocument: 1,
      cluster: HELM_DEFAULTS,
      selection: { kind: 'pod', document: 0, podClique: 'x-0-a', index: '12' },
      positions: { '0/clique/a': { x: 1, y: 2 } },
      view: { ...defaultView, graphSplit: 0.6, gangOverlay: true },
      live: null,
    };
    expect(readInputs(JSON.parse(JSON.stringify(value)))).toEqual(value);
  });

  it('drops fields of the wrong shape, one by one, and never throws', () => {
    expect(
      readInputs({
        text: 'a: 1\n',
        activeDocument: -1,
        cluster: { ...HELM_DEFAULTS, topologyBindings: [{ name: 'x', levels: [{ domain: 1 }] }] },
        selection: { kind: 'clique', document: 0 },
        positions: { a: { x: 'left', y: 0 }, b: { x: 3, y: 4 } },
        view: { ...defaultView, theme: 'neon' },
        live: 42,
      }),
    ).toEqual({ text: 'a: 1\n', positions: { b: { x: 3, y: 4 } } });
    expect(
      readInputs(
        JSON.parse(
          '{"text":"t","view":{"theme":"dark","split":0.5,"panel":"p","presenter":false,"__proto__":{"x":1}}}',
        ),
      ),
    ).toEqual({
      text: 't',
      view: { theme: 'dark', split: 0.5, panel: 'p', presenter: false },
    });
    for (const bad of [null, 3, 'text', [], { text: 3 }]) expect(readInputs(bad)).toBeUndefined();
  });
});
