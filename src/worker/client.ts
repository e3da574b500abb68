import type { AnalyzeInput } from '../core/analysis/analyze';
import type { Analysis } from '../core/analysis/types';
import {
  queryKey,
  type FollowedQuery,
  type WorkerLike,
  type WorkerRequest,
  type WorkerResponse,
} from './protocol';
import type { QueryName } from './queries/types';
import { markRevision, REQUESTED_MARK } from './marks';

/**
 * What the panels read: the newest analysis, and the last one whose active PodCliqueSet could be read.
 * While the text does not parse, panels keep showing `lastGood`, marked stale.
 */
export interface AnalysisState {
  /** The newest result (for diagnostics and the Problems list). */
  readonly latest: Analysis | null;
  /** The newest result with a readable active PodCliqueSet (for counts, graph, tree). */
  readonly lastGood: Analysis | null;
  /** `lastGood` is older than the text: the text does not parse, or its PodCliqueSet cannot be read. */
  readonly stale: boolean;
  /** A newer input is being computed. */
  readonly computing: boolean;
  /** The core failed (a bug): the message, shown instead of crashing. */
  readonly failure: string | null;
  /** The newest revision asked for: `latest` describes the current inputs when its revision equals this. */
  readonly requested: number;
  /**
   * The newest result that described the inputs at the moment it arrived. Its diagnostics' offsets fit the
   * editor's text (or did, before the edits the editor has made since): the editor's markers come from here.
   */
  readonly current: Analysis | null;
}

/** An answer to a query, with the revision of the analysis it comes from. */
export interface Answer<T> {
  readonly revision: number;
  /** null when the worker has no analysis yet. */
  readonly result: T | null;
}

const initial: AnalysisState = {
  latest: null,
  lastGood: null,
  stale: false,
  computing: false,
  failure: null,
  requested: -1,
  current: null,
};

/**
 * The page's side of the worker protocol. One analysis is in flight at a time; inputs that arrive meanwhile
 * replace each other, so a burst of keystrokes costs one analysis per worker round trip, never a queue.
 * Results older than the one shown are dropped.
 */
export class CoreClient {
  private state: AnalysisState = initial;
  private readonly listeners = new Set<() => void>();
  private inFlight: number | null = null;
  private pending: AnalyzeInput | null = null;
  private nextId = 1;
  private readonly waiting = new Map<number, (response: WorkerResponse) => void>();
  /** Followed queries by owner (see `follow`). */
  private readonly followed = new Map<string, readonly FollowedQuery[]>();
  /** The followed queries' answers that came with the newest analysis, by `queryKey`. */
  private readonly ahead = new Map<string, Answer<unknown>>();

  constructor(private readonly worker: WorkerLike) {
    worker.onmessage = (event) => this.receive(event.data);
  }

  getState = (): AnalysisState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  analyze(input: AnalyzeInput): void {
    markRevision(REQUESTED_MARK, input.revision);
    if (this.inFlight !== null) {
      this.pending = input;
      this.update({ computing: true, requested: input.revision });
      return;
    }
    this.send(input);
  }

  /**
   * Queries `owner` will ask again after every analysis (the pod tree's visible rows): the worker answers
   * them in the analysis' own message, and `query` takes those answers instead of a second round trip
   * (which cost a keystroke on 100 cliques one more message, 5-10 ms, and usually one more frame). An
   * empty list stops following.
   */
  follow<Args, Result>(
    owner: string,
    queries: readonly { query: QueryName<Args, Result>; args: Args }[],
  ): void {
    if (queries.length === 0) this.followed.delete(owner);
    else
      this.followed.set(
        owner,
        queries.map(({ query, args }) => ({ name: query.name, args })),
      );
  }

  /** The answer that came with the newest analysis for a followed query, if there is one. */
  answered<Args, Result>(query: QueryName<Args, Result>, args: Args): Answer<Result> | undefined {
    return this.ahead.get(queryKey(query.name, args)) as Answer<Result> | undefined;
  }

  /** Asks the worker something derived from its latest analysis (see `queries/index.ts`). */
  query<Args, Result>(query: QueryName<Args, Result>, args: Args): Promise<Answer<Result>> {
    const ready = this.answered(query, args);
    if (ready) return Promise.resolve(ready);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, (response) => {
        if (response.type === 'query')
          resolve({ revision: response.revision, result: response.result as Result | null });
        else if (response.type === 'failed') reject(new Error(response.message));
      });
      this.post({ type: 'query', id, name: query.name, args });
    });
  }

  dispose(): void {
    this.worker.terminate();
    this.listeners.clear();
  }

  private send(input: AnalyzeInput): void {
    this.inFlight = input.revision;
    this.update({ computing: true, requested: Math.max(this.state.requested, input.revision) });
    const follow = [...this.followed.values()].flat();
    this.post(follow.length > 0 ? { type: 'analyze', input, follow } : { type: 'analyze', input });
  }

  private post(request: WorkerRequest): void {
    this.worker.postMessage(request);
  }

  private receive(response: WorkerResponse): void {
    if ('id' in response && response.id !== undefined) {
      const resolve = this.waiting.get(response.id);
      this.waiting.delete(response.id);
      resolve?.(response);
      return;
    }
    this.inFlight = null;
    // Answers that came with an analysis describe the worker's session for it; a newer analysis or a
    // failure makes them out of date.
    this.ahead.clear();
    if (response.type === 'analysis') {
      const { analysis, answers = [] } = response;
      for (const [key, result] of answers) this.ahead.set(key, { revision: analysis.revision, result });
      this.accept(analysis);
    } else if (response.type === 'failed') this.update({ failure: response.message });
    const next = this.pending;
    this.pending = null;
    if (next) this.send(next);
    else this.update({ computing: false });
  }

  private accept(analysis: Analysis): void {
    const shown = this.state.latest?.revision ?? -1;
    if (analysis.revision < shown) return; // a stale result: something newer is already shown
    const readable = analysis.active !== null;
    // An empty text (or one with only comments) is not a broken version of the last design: there is
    // nothing to show, rather than the last design marked stale.
    const empty = analysis.documents.length === 0 && !analysis.unreadable;
    const lastGood = readable ? analysis : empty ? null : this.state.lastGood;
    this.update({
      latest: analysis,
      current: analysis.revision === this.state.requested ? analysis : this.state.current,
      lastGood,
      stale: !readable && lastGood !== null,
      failure: null,
    });
  }

  private update(patch: Partial<AnalysisState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }
}
