import { analyze, type AnalysisSession } from '../core/analysis/analyze';
import type { WorkerRequest, WorkerResponse } from './protocol';

/** Most rows one window request may ask for. */
export const MAX_WINDOW = 2000;

/**
 * The worker's logic, free of `self` so it can be tested in Node: it answers one request with one response,
 * keeping the latest analysis session for row windows.
 */
export class CoreHost {
  private session: AnalysisSession | null = null;

  constructor(private readonly clock: () => number) {}

  handle(request: WorkerRequest): WorkerResponse {
    if (request.type === 'analyze') {
      try {
        const { analysis, session } = analyze(request.input, this.clock);
        this.session = session;
        return { type: 'analysis', analysis };
      } catch (error) {
        return { type: 'failed', revision: request.input.revision, message: describe(error) };
      }
    }
    const session = this.session;
    if (!session?.expansion)
      return { type: 'rows', id: request.id, revision: session?.revision ?? -1, count: 0, rows: [] };
    try {
      const list = session.expansion[request.list];
      const start = BigInt(request.start);
      const end =
        BigInt(request.end) - start > BigInt(MAX_WINDOW) ? start + BigInt(MAX_WINDOW) : BigInt(request.end);
      return {
        type: 'rows',
        id: request.id,
        revision: session.revision,
        count: list.count,
        rows: list.slice(start, end),
      };
    } catch (error) {
      return { type: 'failed', revision: session.revision, id: request.id, message: describe(error) };
    }
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
