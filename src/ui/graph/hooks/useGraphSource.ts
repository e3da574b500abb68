import { useMemo } from 'react';
import { messagesByItem, type MessagesByItem } from '../../../core/analysis/item-diagnostics';
import type { AnalysisState } from '../../../worker/client';
import { useAnalysis } from '../../hooks/useAnalysis';
import { topologyOf, type Topology } from '../model/topology';

export interface GraphSource {
  readonly topology: Topology | null;
  readonly messages: MessagesByItem | null;
  /** Index of the document the graph shows. */
  readonly document: number;
  /** The text no longer parses: the graph shows the last readable version, dimmed, and cannot be edited. */
  readonly stale: boolean;
}

const lastGood = (s: AnalysisState) => s.lastGood;
const stale = (s: AnalysisState) => s.stale;

/** The graph is derived from the last readable analysis, never stored. */
export function useGraphSource(): GraphSource {
  const analysis = useAnalysis(lastGood);
  const isStale = useAnalysis(stale);
  const active = analysis?.active ?? null;
  const topology = useMemo(() => (active ? topologyOf(active.design) : null), [active]);
  const messages = useMemo(
    () =>
      analysis && active
        ? messagesByItem(
            analysis.diagnostics.filter((d) => d.document === active.index),
            active.outline,
          )
        : null,
    [analysis, active],
  );
  return { topology, messages, document: active?.index ?? 0, stale: isStale };
}
