import type { DesignerStore } from '../store/store';
import type { WorkChannel } from './channel';
import { inputsOf, type SavedInputs } from './inputs';
import { readRecord, textHash, type SavedRecord } from './record';
import type { WorkStorage } from './storage';

export type SyncState =
  /** Nothing changed since the work was loaded. */
  | { readonly kind: 'idle' }
  /** A change waits for the debounce (or for the write in flight). */
  | { readonly kind: 'pending' }
  | { readonly kind: 'saved'; readonly at: number }
  /**
   * Another tab saved this work after this tab last did. Nothing is written until the user chooses;
   * `edited` says whether this tab has changes of its own that choosing "theirs" would drop.
   */
  | { readonly kind: 'conflict'; readonly theirs: SavedRecord; readonly edited: boolean }
  /** IndexedDB refused (private mode, quota): the work is not kept; the message says why. */
  | { readonly kind: 'unavailable'; readonly message: string };

export interface SyncOptions {
  readonly tabId: string;
  /** Revision of the record this tab's inputs came from (0 when none). */
  readonly known: number;
  /** `textHash` of the text last opened or saved to a file. */
  readonly baseline: string | null;
  /** Debounce of writes, in milliseconds. */
  readonly delay?: number;
  readonly now?: () => number;
}

function sameInputs(a: SavedInputs, b: SavedInputs): boolean {
  return (
    a.text === b.text &&
    a.activeDocument === b.activeDocument &&
    a.cluster === b.cluster &&
    a.selection === b.selection &&
    a.positions === b.positions &&
    a.view === b.view &&
    a.live === b.live
  );
}

/**
 * Autosave with coordination between tabs. Every change of the saved inputs is written after a short
 * debounce, as one record with a revision counter; a write only succeeds over the revision this tab last
 * saw (checked inside the IndexedDB transaction), and every write is announced on a BroadcastChannel.
 * When another tab got there first, this tab stops writing and asks the user: keep this tab's work
 * (written over theirs, and they are told in turn) or load theirs.
 */
export class WorkSync {
  private state: SyncState = { kind: 'idle' };
  private readonly listeners = new Set<() => void>();
  private known: number;
  private baseline: string | null;
  private last: SavedInputs;
  private dirty = false;
  private applying = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private writing: Promise<void> = Promise.resolve();
  private readonly delay: number;
  private readonly now: () => number;
  private readonly stops: (() => void)[] = [];

  constructor(
    private readonly store: DesignerStore,
    private readonly storage: WorkStorage,
    private readonly channel: WorkChannel,
    private readonly options: SyncOptions,
  ) {
    this.known = options.known;
    this.baseline = options.baseline;
    this.delay = options.delay ?? 400;
    this.now = options.now ?? (() => Date.now());
    this.last = inputsOf(store.getState());
  }

  getState = (): SyncState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  start(): this {
    this.stops.push(
      this.store.subscribe((state) => {
        const next = inputsOf(state);
        if (sameInputs(next, this.last)) return;
        this.last = next;
        if (this.applying) return;
        this.dirty = true;
        if (this.state.kind === 'conflict') this.set({ ...this.state, edited: true });
        else this.schedule();
      }),
      this.channel.listen((message) => {
        if (message.writer !== this.options.tabId && message.revision > this.known) void this.noticeOther();
      }),
    );
    return this;
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const stop of this.stops.splice(0)) stop();
  }

  /** The text differs from the one last opened or saved to a file. */
  isUnsaved(): boolean {
    return textHash(this.store.getState().text) !== this.baseline;
  }

  /** The current text was just opened, or saved to a file: it is not "unsaved work" any more. */
  markSaved(): void {
    this.baseline = textHash(this.store.getState().text);
    this.dirty = true;
    this.schedule();
  }

  /** Writes now (page hidden or closing). */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    return this.save(false);
  }

  /** Conflict: keep this tab's work, written over the other tab's (which is told). */
  keepMine(): Promise<void> {
    this.dirty = true;
    this.set({ kind: 'pending' });
    return this.save(true);
  }

  /** Conflict: load the other tab's work into this tab (this tab's undo history starts afresh). */
  takeTheirs(): void {
    if (this.state.kind !== 'conflict') return;
    const { theirs } = this.state;
    this.applying = true;
    try {
      this.store.getState().restore(theirs.inputs);
    } finally {
      this.applying = false;
    }
    this.last = inputsOf(this.store.getState());
    this.known = theirs.revision;
    this.baseline = theirs.baseline;
    this.dirty = false;
    this.set({ kind: 'saved', at: theirs.savedAt });
  }

  private schedule(): void {
    if (this.state.kind !== 'pending') this.set({ kind: 'pending' });
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.save(false);
    }, this.delay);
  }

  /** Writes one record; writes of this tab run one after another. */
  private save(force: boolean): Promise<void> {
    this.writing = this.writing.then(() => this.write(force));
    return this.writing;
  }

  private async write(force: boolean): Promise<void> {
    if (!this.dirty || (this.state.kind === 'conflict' && !force)) return;
    const inputs = this.last;
    const expected = this.known;
    const base = {
      format: 1 as const,
      writer: this.options.tabId,
      savedAt: this.now(),
      inputs,
      baseline: this.baseline,
    };
    let result: Awaited<ReturnType<WorkStorage['write']>>;
    try {
      result = await this.storage.write((stamp) => {
        const stored = stamp?.revision ?? 0;
        if (!force && stored !== expected) return undefined;
        const revision = stored + 1;
        return {
          stamp: { revision, writer: base.writer },
          value: { ...base, revision } satisfies SavedRecord,
        };
      });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.set({
        kind: 'unavailable',
        message: `This browser did not let the designer keep your work (${reason}).`,
      });
      return;
    }
    if (!result.written) {
      // Another tab wrote first: only now is its whole work read, for the user to choose.
      const theirs = readRecord(await this.storage.read());
      if (theirs) this.set({ kind: 'conflict', theirs, edited: true });
      return;
    }
    this.known = (result.seen?.revision ?? 0) + 1;
    this.channel.post({ type: 'saved', revision: this.known, writer: this.options.tabId });
    if (this.last === inputs) {
      this.dirty = false;
      this.set({ kind: 'saved', at: base.savedAt });
    } else this.schedule();
  }

  /** Another tab announced a write: if it is newer than ours, the user chooses. */
  private async noticeOther(): Promise<void> {
    const theirs = readRecord(await this.storage.read());
    if (!theirs || theirs.revision <= this.known || theirs.writer === this.options.tabId) return;
    clearTimeout(this.timer);
    this.set({ kind: 'conflict', theirs, edited: this.dirty });
  }

  private set(state: SyncState): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}
