import type { AnalysisSession } from '../../core/analysis/analyze';
import { readLayout, type Layout } from '../../core/expand/layout';
import type { Expansion } from '../../core/expand/types';
import type { PodCliqueSetModel } from '../../core/model/types';

/**
 * The active PodCliqueSet of a session, read once per session: its defaulted model, layout and expansion.
 * While the text cannot be read, the panels show the last good analysis (`AnalysisState.lastGood`), so
 * queries fall back to the last session that had an expansion.
 */
export interface ActiveParts {
  readonly session: AnalysisSession;
  readonly model: PodCliqueSetModel;
  readonly layout: Layout;
  readonly expansion: Expansion;
}

const parts = new WeakMap<AnalysisSession, ActiveParts>();
let lastGood: ActiveParts | null = null;

export function activeParts(session: AnalysisSession): ActiveParts | null {
  const known = parts.get(session);
  if (known) return known;
  const model = session.report.documents[session.activeIndex]?.model;
  if (!model || !session.expansion) return lastGood;
  const found = { session, model, layout: readLayout(model), expansion: session.expansion };
  parts.set(session, found);
  if (!lastGood || lastGood.session.revision <= session.revision) lastGood = found;
  return found;
}

/** A value derived from the active parts, computed once per session. */
export function perSession<T>(derive: (parts: ActiveParts) => T): (parts: ActiveParts) => T {
  const cache = new WeakMap<ActiveParts, T>();
  return (p) => {
    if (!cache.has(p)) cache.set(p, derive(p));
    return cache.get(p)!;
  };
}
