import { useCallback } from 'react';
import type { TreeRowView } from '../../core/tree/rows';
import { useAnalysis } from '../hooks/useAnalysis';
import { useDesigner } from '../hooks/useDesigner';
import { plural } from '../format';
import { defaultExpanded } from '../../core/tree/default-expanded';
import { toggled } from './expansion';
import { useExpansion } from './useExpansion';
import { useTreeReveal } from './useTreeReveal';
import { useTreeSelection } from './useTreeSelection';
import { TreeList } from './TreeList';
import '../names/names.css';
import './tree.css';

/**
 * The pod tree: what Grove creates from the manifest, PodCliqueSet replica -> scaling group -> group
 * replica -> PodClique -> pod, with exact counts at every level. Rows come from the worker a window at
 * a time; a million pods cost what the visible rows cost.
 */
export function PodTreePanel() {
  const active = useAnalysis((s) => s.lastGood?.active ?? null);
  const stale = useAnalysis((s) => s.stale);
  const presenter = useDesigner((s) => s.view.presenter);
  const [keys, expansion] = useExpansion();
  const design = active?.design;
  const expanded = keys ?? defaultExpanded(design);
  const open = useCallback((next: readonly string[]) => expansion.set(next), [expansion]);
  const onToggle = useCallback(
    (row: TreeRowView, to: boolean) => open(toggled(expanded, row.key, to)),
    [expanded, open],
  );
  const { pick, mark } = useTreeSelection(active?.index ?? 0);
  const target = useTreeReveal(expanded, open);
  const totals = active?.totals;
  return (
    <section className="pod-tree" aria-label="Pod tree">
      <h2 className="panel-title tree-title">
        <span>Pod tree</span>
        {totals && (
          <span className="muted" data-testid="tree-totals">
            {plural(totals.pcsReplicas, 'PodCliqueSet replica')} ·{' '}
            {plural(totals.podCliqueScalingGroups, 'scaling group')} ·{' '}
            {plural(totals.podCliques, 'PodClique')} · {plural(totals.pods, 'pod')} ·{' '}
            {plural(totals.podGangs, 'PodGang')}
          </span>
        )}
        {stale && <span className="stale-badge">stale: last valid result</span>}
        <span className="tree-tools">
          <button
            type="button"
            title="Open PodCliqueSet replica 0 down to its pods"
            onClick={() => open(defaultExpanded(design))}
          >
            Reset
          </button>
          <button type="button" onClick={() => open([])}>
            Collapse all
          </button>
        </span>
      </h2>
      {!active ? (
        <p className="tree-empty muted">No PodCliqueSet to expand yet.</p>
      ) : (
        <>
          <div className="tree-head" aria-hidden="true">
            <span>Name (as kubectl shows it)</span>
            <span>Hostname · counts</span>
            <span>PodGang</span>
            <span>FQDN · startup</span>
          </div>
          <TreeList
            label={`What Grove creates from ${design?.name || 'this PodCliqueSet'}`}
            opened={keys}
            rowHeight={presenter ? 36 : 28}
            target={target}
            onToggle={onToggle}
            onPick={pick}
            markOf={mark}
          />
        </>
      )}
    </section>
  );
}
