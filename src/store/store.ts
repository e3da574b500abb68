import { createStore, type StoreApi } from 'zustand/vanilla';
import type { TextEdit } from '../core/diagnostics/types';
import { HELM_DEFAULTS, type ClusterSettings } from '../core/check/settings';
import {
  applyEdits,
  emptyHistory,
  invertEdits,
  diffEdit,
  isKeystroke,
  record,
  type History,
} from './history';
import { sameSelection, type Selection } from './selection';

export type SelectionSource = 'editor' | 'graph' | 'tree' | 'other';

export type ThemePreference = 'system' | 'light' | 'dark';

export interface ViewSettings {
  readonly theme: ThemePreference;
  /** Width of the editor pane as a fraction of the page. */
  readonly split: number;
  /** Which results panel is shown on the right. */
  readonly panel: string;
  /** Larger type and higher contrast for projectors. */
  readonly presenter: boolean;
  /** Height of the topology graph as a fraction of the right-hand column (the results tabs get the rest). */
  readonly graphSplit?: number;
  /** Colour the graph by PodGang (base gang, scaled gangs): the gang view's overlay toggle. */
  readonly gangOverlay?: boolean;
}

export interface Point {
  readonly x: number;
  readonly y: number;
  /**
   * The scaling group the point is relative to (absent: the canvas). A position dropped inside a
   * group only applies while the clique is still in that group.
   */
  readonly in?: string;
}

/** Everything the designer keeps: inputs only. All results are derived from these by the core. */
export interface DesignerInputs {
  readonly text: string;
  /** Index of the active PodCliqueSet among the file's documents. */
  readonly activeDocument: number;
  readonly selection: Selection | null;
  /** Which view made the selection: the editor does not move its cursor for a selection it made itself. */
  readonly selectionSource: SelectionSource;
  readonly cluster: ClusterSettings;
  readonly view: ViewSettings;
  /** Graph positions the user dragged nodes to, by `positionKey`. */
  readonly positions: Readonly<Record<string, Point>>;
  /** What the cluster has (`kubectl get pcs -o yaml`), for "compare with live"; null when none. */
  readonly live: string | null;
  readonly history: History;
  /** Increases on every text change; results carry the revision they were computed from. */
  readonly revision: number;
}

export interface DesignerActions {
  /** Edits made in the editor (offsets in the current text). */
  /**
   * The editor's edits. `result`, the editor's text after them, is kept as the store's text when its
   * length fits: the same string object, so the editor sees at once that the store holds its text
   * (comparing two copies of a 5 MB text cost 16 ms per keystroke).
   */
  readonly editorEdit: (edits: readonly TextEdit[], result?: string) => void;
  /** A designer command's edits, as one undo step. */
  readonly applyCommand: (edits: readonly TextEdit[], label: string) => void;
  /** Replaces the whole text (open file, reset, gallery) as one undo step. */
  readonly replaceText: (text: string, label: string) => void;
  readonly undo: () => boolean;
  readonly redo: () => boolean;
  readonly select: (selection: Selection | null, source?: SelectionSource) => void;
  readonly setActiveDocument: (index: number) => void;
  readonly setCluster: (cluster: ClusterSettings) => void;
  readonly setView: (view: Partial<ViewSettings>) => void;
  readonly setPosition: (key: string, point: Point) => void;
  /** Forgets dragged positions (the layout places those nodes again). */
  readonly forgetPositions: (keys: readonly string[]) => void;
  readonly setLive: (text: string | null) => void;
  /** Restores saved inputs (autosave, share link); the history starts empty. */
  readonly restore: (inputs: Partial<Omit<DesignerInputs, 'history' | 'revision'>>) => void;
}

export type DesignerState = DesignerInputs & DesignerActions;
export type DesignerStore = StoreApi<DesignerState>;

export const defaultView: ViewSettings = {
  theme: 'system',
  split: 0.45,
  panel: 'problems',
  presenter: false,
};

export interface StoreOptions {
  readonly text: string;
  readonly cluster?: ClusterSettings;
  /** Clock for history entries (tests inject one). */
  readonly now?: () => number;
}

/** Makes a designer store. One per page; a fresh one per test. */
export function createDesignerStore(options: StoreOptions): DesignerStore {
  const now = options.now ?? (() => Date.now());
  return createStore<DesignerState>()((set, get) => {
    const change = (
      forward: readonly TextEdit[],
      label: string,
      origin: 'typing' | 'edit' | 'command' | 'file',
      result?: string,
    ) => {
      if (forward.length === 0) return;
      const { text, history, revision } = get();
      const fits = (r: string) =>
        r.length === forward.reduce((n, e) => n + e.text.length - (e.range.end - e.range.start), text.length);
      const next = result !== undefined && fits(result) ? result : applyEdits(text, forward);
      if (next === text) return;
      const entry = { forward, inverse: invertEdits(text, forward), label, origin, at: now() };
      set({ text: next, history: record(history, text, entry), revision: revision + 1 });
    };
    return {
      text: options.text,
      activeDocument: 0,
      selection: null,
      selectionSource: 'other',
      cluster: options.cluster ?? HELM_DEFAULTS,
      view: defaultView,
      positions: {},
      live: null,
      history: emptyHistory,
      revision: 0,

      editorEdit: (edits, result) => change(edits, 'Typing', isKeystroke(edits) ? 'typing' : 'edit', result),
      applyCommand: (edits, label) => change(edits, label, 'command'),
      replaceText: (text, label) => change(diffEdit(get().text, text), label, 'file'),

      undo: () => {
        const { history, text, revision } = get();
        const entry = history.past[history.past.length - 1];
        if (!entry) return false;
        set({
          text: applyEdits(text, entry.inverse),
          history: { past: history.past.slice(0, -1), future: [entry, ...history.future] },
          revision: revision + 1,
        });
        return true;
      },
      redo: () => {
        const { history, text, revision } = get();
        const entry = history.future[0];
        if (!entry) return false;
        set({
          text: applyEdits(text, entry.forward),
          history: { past: [...history.past, entry], future: history.future.slice(1) },
          revision: revision + 1,
        });
        return true;
      },

      select: (selection, source = 'other') => {
        if (!sameSelection(get().selection, selection)) set({ selection, selectionSource: source });
      },
      setActiveDocument: (index) => {
        if (index !== get().activeDocument) set({ activeDocument: index, selection: null });
      },
      setCluster: (cluster) => set({ cluster }),
      setView: (view) => set({ view: { ...get().view, ...view } }),
      setPosition: (key, point) => set({ positions: { ...get().positions, [key]: point } }),
      forgetPositions: (keys) => {
        const positions = { ...get().positions };
        let changed = false;
        for (const key of keys) if (key in positions) changed = delete positions[key];
        if (changed) set({ positions });
      },
      setLive: (live) => set({ live }),
      restore: (inputs) => set({ ...inputs, history: emptyHistory, revision: get().revision + 1 }),
    };
  });
}
