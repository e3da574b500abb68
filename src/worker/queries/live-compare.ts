import type { AnalysisSession } from '../../core/analysis/analyze';
import { defaultAndRead } from '../../core/check/check';
import type { Operation } from '../../core/check/context';
import type { TextRange } from '../../core/diagnostics/types';
import { diffLive, type LiveDiff } from '../../core/files/live-diff';
import { GROVE_API_VERSION, type PodCliqueSetModel } from '../../core/model/types';
import { parseManifest } from '../../core/parse/parse';
import { queryName, type Query } from './types';

/** One reason the API server or Grove would refuse the update. */
export interface Refusal {
  readonly code: string;
  readonly message: string;
  readonly line: number;
  readonly range: TextRange;
  /** One of Grove's update-only rules (U1-U11). */
  readonly update: boolean;
}

export interface LiveComparison {
  /** The live text has no readable PodCliqueSet, has one of another name, or one of this name. */
  readonly found: 'none' | 'other-name' | 'match';
  readonly liveName?: string;
  readonly liveNamespace?: string;
  readonly name?: string;
  readonly namespace?: string;
  /** How the check judged the manifest: UPDATE when the live text has a PodCliqueSet of its name. */
  readonly operation: Operation;
  readonly admitted: boolean;
  readonly refusals: readonly Refusal[];
  readonly diff: LiveDiff | null;
}

export const liveCompareQuery = queryName<{ readonly live: string }, LiveComparison | null>('liveCompare');

let memo: { text: string; models: PodCliqueSetModel[] } | undefined;

/** The live text's PodCliqueSets, defaulted (kept while the live text stays the same). */
function liveModels(text: string): PodCliqueSetModel[] {
  if (memo?.text !== text) {
    const models = parseManifest(text)
      .documents.filter((d) => !d.broken && d.apiVersion === GROVE_API_VERSION && d.kind === 'PodCliqueSet')
      .map((d) => defaultAndRead(d.value).model);
    memo = { text, models };
  }
  return memo.models;
}

/**
 * Compare with live: would applying the active PodCliqueSet over the live one be admitted (the analysis
 * already judged it as an update when the store's `live` is set), and what it adds, removes and keeps.
 */
export const liveCompare: Query<{ readonly live: string }, LiveComparison | null> = (
  session: AnalysisSession,
  { live },
) => {
  const doc = session.report.documents[session.activeIndex];
  if (!doc || doc.kind !== 'PodCliqueSet') return null;
  const models = liveModels(live);
  const match = models.find((m) => m.name !== undefined && m.name === doc.name);
  const old = match ?? models[0];
  const refusals: Refusal[] = doc.diagnostics
    .filter((d) => d.severity === 'error' && d.stage !== 'lint')
    .map((d) => ({
      code: d.code,
      message: d.message,
      line: d.line,
      range: d.range,
      update: d.code.startsWith('update-'),
    }));
  return {
    found: match ? 'match' : old ? 'other-name' : 'none',
    ...(old?.name !== undefined ? { liveName: old.name } : {}),
    ...(old?.namespace !== undefined ? { liveNamespace: old.namespace } : {}),
    ...(doc.name !== undefined ? { name: doc.name } : {}),
    ...(doc.model?.namespace !== undefined ? { namespace: doc.model.namespace } : {}),
    operation: doc.operation,
    admitted: !doc.broken && refusals.length === 0,
    refusals,
    diff: match && doc.model ? diffLive(match, doc.model) : null,
  };
};
