import 'fake-indexeddb/auto';
import { createStore, get, set } from 'idb-keyval';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HELM_DEFAULTS } from '../core/check/settings';
import { createDesignerStore, type DesignerStore } from '../store/store';
import { broadcastChannel, type WorkChannel } from './channel';
import { textHash } from './record';
import { decodeShare, encodeShare } from './share-link';
import { decodeShareOffThread, OFF_THREAD_CHARS } from './share-off-thread';
import { loadStartup } from './startup';
import { indexedDbStorage, type WorkStorage } from './storage';
import { WorkSync } from './work-sync';

let run = 0;
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((f) => f()));

/** A fresh database and channel name per test: tabs of one test share them, tests do not. */
function world() {
  run++;
  const db = `grove-designer-test-${run}`;
  const channelName = `work-test-${run}`;
  return {
    storage: () => indexedDbStorage(db),
    channel: () => {
      const c = broadcastChannel(channelName);
      cleanups.push(() => c.close());
      return c;
    },
  };
}

/** A tab: a store started the way the page starts (from the saved work or the seed) and its autosave. */
async function openTab(w: ReturnType<typeof world>, id: string, channel: WorkChannel = w.channel()) {
  const storage = w.storage();
  const startup = await loadStartup('seed: 1\n', storage, '');
  const store = createDesignerStore({ text: startup.inputs.text ?? 'seed: 1\n' });
  store.getState().restore(startup.inputs);
  const sync = new WorkSync(store, storage, channel, {
    tabId: id,
    known: startup.known,
    baseline: startup.baseline,
    delay: 5,
  }).start();
  cleanups.push(() => sync.dispose());
  return { store, sync, startup };
}

const type = (store: DesignerStore, text: string) => store.getState().replaceText(text, 'Typing');

describe('autosave', () => {
  it('brings back the text, active document, settings, selection, positions, view and live object', async () => {
    const w = world();
    const a = await openTab(w, 'a');
    const s = a.store.getState();
    type(a.store, 'a: 1\n---\nb: 2\n');
    s.setActiveDocument(1);
    s.setCluster({ ...HELM_DEFAULTS, autoMNNVL: true });
    s.select({ kind: 'clique', document: 1, name: 'x' });
    s.setPosition('1/clique/x', { x: 10, y: 20 });
    s.setView({ theme: 'dark', split: 0.3 });
    s.setLive('live: 1\n');
    await a.sync.flush();
    expect(a.sync.getState().kind).toBe('saved');

    const b = await openTab(w, 'b');
    const got = b.store.getState();
    expect(b.startup.source).toBe('saved');
    expect([
      got.text,
      got.activeDocument,
      got.cluster.autoMNNVL,
      got.selection,
      got.positions,
      got.view.theme,
      got.live,
    ]).toEqual([
      'a: 1\n---\nb: 2\n',
      1,
      true,
      { kind: 'clique', document: 1, name: 'x' },
      { '1/clique/x': { x: 10, y: 20 } },
      'dark',
      'live: 1\n',
    ]);
  });

  it('debounces: a burst of edits makes one write', async () => {
    const w = world();
    const storage = w.storage();
    const writes = vi.spyOn(storage, 'write');
    const store = createDesignerStore({ text: '' });
    const sync = new WorkSync(store, storage, w.channel(), {
      tabId: 't',
      known: 0,
      baseline: null,
      delay: 20,
    }).start();
    cleanups.push(() => sync.dispose());
    for (let i = 0; i < 10; i++) type(store, `n: ${i}\n`);
    await vi.waitFor(() => expect(sync.getState().kind).toBe('saved'));
    expect(writes).toHaveBeenCalledTimes(1);
  });

  it('tracks unsaved work against the text last opened or downloaded', async () => {
    const w = world();
    const a = await openTab(w, 'a');
    expect(a.sync.isUnsaved()).toBe(false); // the seed
    type(a.store, 'changed: 1\n');
    expect(a.sync.isUnsaved()).toBe(true);
    a.sync.markSaved();
    expect(a.sync.isUnsaved()).toBe(false);
    await a.sync.flush();
    const b = await openTab(w, 'b');
    expect(b.sync.isUnsaved()).toBe(false); // the baseline is saved with the work
  });

  it('keeps a stamp beside the work, and takes the revision from work saved before stamps existed', async () => {
    const w = world();
    const db = createStore(`grove-designer-test-${run}`, 'work');
    const old = {
      format: 1,
      revision: 7,
      writer: 'old',
      savedAt: 1,
      inputs: { text: 'old: 1\n' },
      baseline: null,
    };
    await set('current', old, db);
    const a = await openTab(w, 'a');
    expect(a.store.getState().text).toBe('old: 1\n');
    type(a.store, 'new: 1\n');
    await a.sync.flush();
    expect(a.sync.getState().kind).toBe('saved');
    expect(await get('current-stamp', db)).toEqual({ revision: 8, writer: 'a' });
    expect(await get('current', db)).toMatchObject({
      revision: 8,
      writer: 'a',
      inputs: { text: 'new: 1\n' },
    });
  });

  it('says so when the browser refuses to store', async () => {
    const failing: WorkStorage = {
      read: () => Promise.resolve(undefined),
      write: () => Promise.reject(new Error('QuotaExceededError')),
    };
    const store = createDesignerStore({ text: '' });
    const sync = new WorkSync(store, failing, world().channel(), {
      tabId: 't',
      known: 0,
      baseline: null,
      delay: 1,
    }).start();
    cleanups.push(() => sync.dispose());
    type(store, 'x: 1\n');
    await sync.flush();
    expect(sync.getState()).toEqual({
      kind: 'unavailable',
      message: 'This browser did not let the designer keep your work (QuotaExceededError).',
    });
  });
});

describe('two tabs on the same work', () => {
  it('never overwrite each other silently: each writer is told and chooses', async () => {
    const w = world();
    const a = await openTab(w, 'a');
    const b = await openTab(w, 'b');
    type(a.store, 'from: a\n');
    await a.sync.flush();
    // B hears of A's write; it has no changes of its own yet.
    await vi.waitFor(() => expect(b.sync.getState()).toMatchObject({ kind: 'conflict', edited: false }));
    type(b.store, 'from: b\n');
    expect(b.sync.getState()).toMatchObject({ kind: 'conflict', edited: true });
    await b.sync.flush(); // nothing is written while B has not chosen
    expect((await loadStartup('', w.storage(), '')).inputs.text).toBe('from: a\n');

    await b.sync.keepMine();
    expect((await loadStartup('', w.storage(), '')).inputs.text).toBe('from: b\n');
    await vi.waitFor(() => expect(a.sync.getState()).toMatchObject({ kind: 'conflict', edited: false }));
    a.sync.takeTheirs();
    expect(a.store.getState().text).toBe('from: b\n');
    expect(a.sync.getState().kind).toBe('saved');
  });

  it('refuses a write over a revision the tab has not seen, even when the message was missed', async () => {
    const w = world();
    const deaf: WorkChannel = { post: () => {}, listen: () => () => {}, close: () => {} };
    const a = await openTab(w, 'a', deaf);
    const b = await openTab(w, 'b', deaf);
    type(a.store, 'from: a\n');
    await a.sync.flush();
    type(b.store, 'from: b\n');
    await b.sync.flush();
    expect(b.sync.getState()).toMatchObject({
      kind: 'conflict',
      edited: true,
      theirs: { inputs: { text: 'from: a\n' } },
    });
    expect((await loadStartup('', w.storage(), '')).inputs.text).toBe('from: a\n');
  });
});

describe('startup', () => {
  const link = (text: string) => {
    const l = encodeShare({
      text,
      activeDocument: 0,
      cluster: HELM_DEFAULTS,
      selection: null,
      positions: {},
    });
    if (!l.ok) throw new Error('too long');
    return l.fragment;
  };

  it('opens a share link straight away when there is no saved work', async () => {
    const startup = await loadStartup('seed\n', world().storage(), link('shared: 1\n'));
    expect(startup).toMatchObject({
      source: 'shared',
      inputs: { text: 'shared: 1\n' },
      baseline: textHash('shared: 1\n'),
    });
  });

  it('asks before a share link replaces unsaved work, and not when the work was saved to a file', async () => {
    const w = world();
    const a = await openTab(w, 'a');
    type(a.store, 'mine: 1\n');
    await a.sync.flush();
    const asked = await loadStartup('seed\n', w.storage(), link('shared: 1\n'));
    expect(asked).toMatchObject({
      source: 'saved',
      inputs: { text: 'mine: 1\n' },
      pendingShare: { text: 'shared: 1\n' },
    });
    a.sync.markSaved();
    await a.sync.flush();
    expect(await loadStartup('seed\n', w.storage(), link('shared: 1\n'))).toMatchObject({ source: 'shared' });
  });

  it('reads a long link with the decoder it is given (the page reads long links in a worker)', async () => {
    const fragment = link('shared: 1\n');
    const read: string[] = [];
    const startup = await loadStartup('seed\n', world().storage(), fragment, async (hash) => {
      read.push(hash);
      await Promise.resolve();
      return decodeShare(hash);
    });
    expect(read).toEqual([fragment]);
    expect(startup).toMatchObject({ source: 'shared', inputs: { text: 'shared: 1\n' } });
    // Without workers (here, in Node) the off-thread reader reads it in place, with the same answer.
    const long = `${fragment}${'A'.repeat(OFF_THREAD_CHARS)}`;
    expect(await decodeShareOffThread(fragment)).toEqual(decodeShare(fragment));
    expect(await decodeShareOffThread(long)).toEqual(decodeShare(long));
  });

  it('says when a link is damaged, and starts from the saved work', async () => {
    const startup = await loadStartup('seed\n', world().storage(), '#share=AAAA');
    expect(startup.source).toBe('seed');
    expect(startup.message).toMatch(/damaged/);
  });
});
