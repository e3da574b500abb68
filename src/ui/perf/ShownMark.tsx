import { useEffect, useState } from 'react';
import type { AnalysisState } from '../../worker/client';
import { markRevision, SHOWN_MARK } from '../../worker/marks';
import { useAnalysis } from '../hooks/useAnalysis';
import { MAX_GRAPH_ITEMS } from './GraphSizeGuard';
import { holdEditorForGraph, nothingToDraw } from './startup';

const latest = (s: AnalysisState) => s.latest;

/**
 * Marks the moment an analysis is on the screen: rendered last in the page, its effect runs after every
 * panel's effects for the same commit (editor markers included). While the page first renders, it arms
 * the startup order (graph before Monaco, see startup.ts). Renders nothing.
 */
export function ShownMark() {
  useState(holdEditorForGraph);
  const analysis = useAnalysis(latest);
  useEffect(() => {
    if (!analysis) return;
    markRevision(SHOWN_MARK, analysis.revision, analysis.elapsedMs);
    const design = analysis.active?.design;
    if (!design || design.cliques.length + design.scalingGroups.length > MAX_GRAPH_ITEMS) nothingToDraw();
  }, [analysis]);
  return null;
}
