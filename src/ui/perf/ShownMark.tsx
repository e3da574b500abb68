import { useEffect } from 'react';
import type { AnalysisState } from '../../worker/client';
import { markRevision, SHOWN_MARK } from '../../worker/marks';
import { useAnalysis } from '../hooks/useAnalysis';

const latest = (s: AnalysisState) => s.latest;

/**
 * Marks the moment an analysis is on the screen: rendered last in the page, its effect runs after every
 * panel's effects for the same commit (editor markers included). Renders nothing.
 */
export function ShownMark() {
  const analysis = useAnalysis(latest);
  useEffect(() => {
    if (analysis) markRevision(SHOWN_MARK, analysis.revision, analysis.elapsedMs);
  }, [analysis]);
  return null;
}
