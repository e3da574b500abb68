import type { ReactNode } from 'react';
import type { AnalysisState } from '../../worker/client';
import { formatCount } from '../format';
import { useAnalysis } from '../hooks/useAnalysis';

/**
 * The most cliques and scaling groups the topology graph draws. A 5 MB manifest holds some 10,000
 * cliques: React Flow would build 10,000 nodes on the main thread (seconds per update) and nobody can
 * read such a picture. The pod tree, kubectl and capacity panels list designs of any size.
 */
export const MAX_GRAPH_ITEMS = 500;

const size = (s: AnalysisState) =>
  (s.lastGood?.active?.design.cliques.length ?? 0) + (s.lastGood?.active?.design.scalingGroups.length ?? 0);
const cliques = (s: AnalysisState) => s.lastGood?.active?.design.cliques.length ?? 0;

/** Shows the graph, or a short explanation when the design is too large to draw. */
export function GraphSizeGuard({ children }: { children: ReactNode }) {
  const items = useAnalysis(size);
  const count = useAnalysis(cliques);
  if (items <= MAX_GRAPH_ITEMS) return children;
  return (
    <section className="graph" aria-label="Topology graph" data-testid="graph" data-too-large="true">
      <p className="graph-empty muted">
        This PodCliqueSet has {formatCount(count)} cliques: too many to draw (the graph shows up to{' '}
        {formatCount(MAX_GRAPH_ITEMS)} cliques and scaling groups). The Pod tree, kubectl and Capacity panels
        list all of them.
      </p>
    </section>
  );
}
