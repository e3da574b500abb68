import type { AnalysisSession } from '../../core/analysis/analyze';
import type { Diagnostic } from '../../core/diagnostics/types';
import { readLayout, type Layout } from '../../core/expand/layout';
import type { Expansion } from '../../core/expand/types';
import type { PodCliqueSetModel } from '../../core/model/types';

/** What goals look at: the findings of the whole file and, when it can be read, the active PodCliqueSet. */
export interface GoalSubject {
  readonly diagnostics: readonly Diagnostic[];
  /** The active PodCliqueSet as Grove would see it, with its layout and expansion; null when unreadable. */
  readonly design: {
    readonly model: PodCliqueSetModel;
    readonly layout: Layout;
    readonly expansion: Expansion;
  } | null;
}

/** The subject of a worker's analysis session (never the last good one: a broken text meets no goal). */
export function subjectOf(session: AnalysisSession): GoalSubject {
  const { report } = session;
  const diagnostics = [...report.fileDiagnostics, ...report.documents.flatMap((d) => d.diagnostics)];
  const doc = report.documents[session.activeIndex];
  const readable = doc && doc.kind === 'PodCliqueSet' && !doc.broken && !report.unreadable;
  const design =
    readable && doc.model && session.expansion
      ? { model: doc.model, layout: readLayout(doc.model), expansion: session.expansion }
      : null;
  return { diagnostics, design };
}
