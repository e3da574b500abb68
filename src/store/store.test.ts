import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDesignerStore } from './store';
import { HISTORY_LIMIT, TYPING_MERGE_MS } from './history';

function storeAt(text: string) {
  let clock = 1000;
  const store = createDesignerStore({ text, now: () => clock });
  return { store, tick: (ms: number) => (clock += ms) };
}

const type = (store: ReturnType<typeof storeAt>['store'], at: number, char: string) =>
  store.getState().editorEdit([{ range: { start: at, end: at }, text: char }]);

describe('the designer store', () => {
  it('starts with the given text and an empty history', () => {
    const { store } = storeAt('a: 1\n');
    expect(store.getState().text).toBe('a: 1\n');
    expect(store.getState().undo()).toBe(false);
  });

  it('merges a burst of keystrokes into one undo step, as editors do', () => {
    const { store, tick } = storeAt('x\n');
    type(store, 1, 'a');
    tick(100);
    type(store, 2, 'b');
    tick(100);
    type(store, 3, 'c');
    expect(store.getState().text).toBe('xabc\n');
    expect(store.getState().history.past).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().text).toBe('x\n');
    store.getState().redo();
    expect(store.getState().text).toBe('xabc\n');
  });

  it('starts a new step after a pause, or when typing moves elsewhere', () => {
    const { store, tick } = storeAt('0123456789\n');
    type(store, 1, 'a');
    tick(TYPING_MERGE_MS + 1);
    type(store, 2, 'b');
    tick(10);
    type(store, 9, 'c');
    expect(store.getState().history.past).toHaveLength(3);
  });

  it('makes a paste, a command and a file replacement one step each', () => {
    const { store } = storeAt('spec:\n');
    store.getState().editorEdit([{ range: { start: 6, end: 6 }, text: '  replicas: 1\n' }]);
    type(store, 20, 'x');
    store.getState().applyCommand([{ range: { start: 0, end: 4 }, text: 'meta' }], 'Rename');
    store.getState().replaceText('kind: Other\n', 'Open file');
    expect(store.getState().history.past.map((e) => e.origin)).toEqual(['edit', 'typing', 'command', 'file']);
    for (let i = 0; i < 4; i++) store.getState().undo();
    expect(store.getState().text).toBe('spec:\n');
  });

  it("keeps the editor's own text object when it fits the edits, and its own result when it does not", () => {
    const { store } = storeAt('spec:\n');
    const edits = [{ range: { start: 6, end: 6 }, text: 'x' }];
    const result = ['spec:', '\nx'].join('');
    store.getState().editorEdit(edits, result);
    expect(store.getState().text).toBe(result);
    // A result of the wrong length is not the editor's text after these edits: the store applies them.
    store.getState().editorEdit([{ range: { start: 7, end: 7 }, text: 'y' }], 'wrong');
    expect(store.getState().text).toBe('spec:\nxy');
  });

  it('drops the redo branch on a new change and caps the history', () => {
    const { store, tick } = storeAt('');
    for (let i = 0; i < HISTORY_LIMIT + 5; i++) {
      store.getState().applyCommand([{ range: { start: 0, end: 0 }, text: 'x' }], 'x');
      tick(1);
    }
    expect(store.getState().history.past).toHaveLength(HISTORY_LIMIT);
    store.getState().undo();
    store.getState().applyCommand([{ range: { start: 0, end: 0 }, text: 'y' }], 'y');
    expect(store.getState().history.future).toHaveLength(0);
  });

  it('bumps the revision on every text change and not on selection', () => {
    const { store } = storeAt('a');
    const before = store.getState().revision;
    store.getState().select({ kind: 'clique', document: 0, name: 'a' });
    expect(store.getState().revision).toBe(before);
    store.getState().applyCommand([{ range: { start: 0, end: 1 }, text: 'b' }], 'b');
    expect(store.getState().revision).toBe(before + 1);
  });

  it('keeps the selection a plain serialisable value with its source', () => {
    const { store } = storeAt('');
    store
      .getState()
      .select({ kind: 'pod', document: 0, podClique: 'mn-disagg-0-frontend', index: '1' }, 'tree');
    const { selection, selectionSource } = store.getState();
    expect(JSON.parse(JSON.stringify(selection))).toEqual(selection);
    expect(selectionSource).toBe('tree');
  });

  it('keeps the gang overlay flag with the other view settings, off until asked', () => {
    const { store } = storeAt('');
    expect(store.getState().view.gangOverlay ?? false).toBe(false);
    store.getState().setView({ gangOverlay: true });
    expect(store.getState().view).toMatchObject({ gangOverlay: true, presenter: false });
  });

  it('stores a dragged position with the group it is relative to, and forgets positions on request', () => {
    const { store } = storeAt('');
    store.getState().setPosition('0/clique/a', { x: 1, y: 2, in: 'g' });
    store.getState().setPosition('0/clique/b', { x: 3, y: 4 });
    expect(store.getState().positions['0/clique/a']).toEqual({ x: 1, y: 2, in: 'g' });
    const before = store.getState().positions;
    store.getState().forgetPositions(['0/clique/zzz']);
    expect(store.getState().positions).toBe(before);
    store.getState().forgetPositions(['0/clique/a']);
    expect(store.getState().positions).toEqual({ '0/clique/b': { x: 3, y: 4 } });
  });

  it('clears the selection when the active document changes', () => {
    const { store } = storeAt('');
    store.getState().select({ kind: 'clique', document: 0, name: 'a' });
    store.getState().setActiveDocument(1);
    expect(store.getState().selection).toBeNull();
  });
});

describe('merged keystrokes (property)', () => {
  it('undo in one step to the text before the burst, whatever keys were typed and deleted where', () => {
    const key = fc.record({
      at: fc.nat({ max: 40 }),
      del: fc.boolean(),
      char: fc.constantFrom('a', 'b', '\n', ' '),
      pause: fc.nat({ max: TYPING_MERGE_MS + 200 }),
    });
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.array(key, { maxLength: 25 }), (start, keys) => {
        const { store, tick } = storeAt(start);
        const texts = [start];
        for (const k of keys) {
          const text = store.getState().text;
          const at = Math.min(k.at, text.length);
          if (k.del && at > 0) store.getState().editorEdit([{ range: { start: at - 1, end: at }, text: '' }]);
          else store.getState().editorEdit([{ range: { start: at, end: at }, text: k.char }]);
          tick(k.pause);
          texts.push(store.getState().text);
        }
        // Every undo step goes back to a text the store had, and all of them back to the start.
        const seen = new Set(texts);
        while (store.getState().undo()) expect(seen.has(store.getState().text)).toBe(true);
        expect(store.getState().text).toBe(start);
        while (store.getState().redo()) expect(seen.has(store.getState().text)).toBe(true);
        expect(store.getState().text).toBe(texts.at(-1));
      }),
    );
  });
});
