import { analyze, type AnalysisSession } from '../core/analysis/analyze';
import { queryKey, type WorkerRequest, type WorkerResponse } from './protocol';
import { queries } from './queries';

/**
 * The worker's logic, free of `self` so it can be tested in Node: it answers one request with one response,
 * keeping the latest analysis session for queries.
 */
export class CoreHost {
  private session: AnalysisSession | null = null;

  constructor(private readonly clock: () => number) {}

  handle(request: WorkerRequest): WorkerResponse {
    if (request.type === 'analyze') {
      try {
        const { analysis, session } = analyze(request.input, this.clock);
        this.session = session;
        const answers = (request.follow ?? []).flatMap(({ name, args }) => {
          const query = queries.get(name);
          if (!query) return [];
          try {
            return [[queryKey(name, args), query(session, args as never)] as const];
          } catch {
            return []; // asked again on its own, the query reports its failure there
          }
        });
        return answers.length > 0 ? { type: 'analysis', analysis, answers } : { type: 'analysis', analysis };
      } catch (error) {
        return { type: 'failed', revision: request.input.revision, message: describe(error) };
      }
    }
    const revision = this.session?.revision ?? -1;
    const query = queries.get(request.name);
    if (!query)
      return { type: 'failed', revision, id: request.id, message: `No query named "${request.name}".` };
    if (!this.session) return { type: 'query', id: request.id, revision, result: null };
    try {
      return { type: 'query', id: request.id, revision, result: query(this.session, request.args as never) };
    } catch (error) {
      return { type: 'failed', revision, id: request.id, message: describe(error) };
    }
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
