import { ReactFlowProvider } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useMemo } from 'react';
import { useDesigner } from '../hooks/useDesigner';
import { useTheme } from '../hooks/useTheme';
import { ConfirmDialog } from './ConfirmDialog';
import { GraphActionsProvider } from './context';
import { GraphCanvas } from './GraphCanvas';
import { useUndoKeys } from './hooks/useCanvasKeys';
import { useCommandRunner } from './hooks/useCommandRunner';
import { useGraphActions } from './hooks/useGraphActions';
import { useGraphSource } from './hooks/useGraphSource';
import { Inspector } from './inspector/Inspector';
import type { Layout } from './layout/types';
import { useLayout } from './layout/useLayout';
import { storedPositions } from './model/positions';
import { sceneOf } from './model/scene';
import { selectedIds } from './model/selection';
import type { Topology } from './model/topology';
import { Palette } from './Palette';
import './graph.css';

/** The topology graph: the active PodCliqueSet drawn from the last readable analysis, editable by hand. */
export function GraphPanel() {
  const source = useGraphSource();
  const onKeyDown = useUndoKeys();
  return (
    <section
      className={`graph${source.stale ? ' is-stale' : ''}`}
      aria-label="Topology graph"
      onKeyDown={onKeyDown}
      data-testid="graph"
      data-stale={source.stale}
    >
      {source.topology ? (
        <ReactFlowProvider>
          <GraphView
            topology={source.topology}
            document={source.document}
            stale={source.stale}
            messages={source.messages}
          />
        </ReactFlowProvider>
      ) : (
        <p className="graph-empty muted">No PodCliqueSet to draw yet.</p>
      )}
    </section>
  );
}

/** The share of the vertices a layout has a position for. */
function knownShare(topology: Topology, layout: Layout | null): number {
  const ids = [...topology.cliques.map((c) => c.id), ...topology.groups.map((g) => g.id)];
  if (!layout || ids.length === 0) return 0;
  return ids.filter((id) => id in layout.positions).length / ids.length;
}

interface ViewProps {
  readonly topology: Topology;
  readonly document: number;
  readonly stale: boolean;
  readonly messages: ReturnType<typeof useGraphSource>['messages'];
}

function GraphView({ topology, document, stale, messages }: ViewProps) {
  const view = useDesigner((s) => s.view);
  const theme = useTheme(view.theme, view.presenter);
  const positions = useDesigner((s) => s.positions);
  const selection = useDesigner((s) => s.selection);
  const fromGraph = useDesigner((s) => s.selectionSource === 'graph');
  const { layout, key } = useLayout(topology);
  const scene = useMemo(
    () => sceneOf(topology, layout, storedPositions(positions, document)),
    [topology, layout, positions, document],
  );
  const selected = useMemo(() => selectedIds(selection, topology, document), [selection, topology, document]);
  const { run, status, report } = useCommandRunner(document);
  const { actions, renaming, pending } = useGraphActions({ topology, scene, document, run, report });
  const editable = !stale;
  const [first] = selected;
  const selectedGroup = topology.groups.find((g) => g.id === first) ?? null;
  const layoutReady = layout !== null && layout.key === key;
  // A design the layout mostly does not know yet (another file, a paste) waits for its layout
  // instead of flashing a makeshift arrangement.
  const unplaced = !layoutReady && knownShare(topology, layout) < 0.5;

  return (
    <GraphActionsProvider value={actions}>
      <div className="graph-toolbar">
        <Palette editable={editable} selectedGroup={selectedGroup} />
        <button
          type="button"
          onClick={actions.tidy}
          title="Forget the positions you dragged nodes to and lay everything out again"
        >
          Tidy layout
        </button>
        {stale && (
          <span
            className="stale-badge"
            data-testid="graph-stale"
            title="The text does not parse; this is the last version that did."
          >
            stale: last valid design
          </span>
        )}
        <p
          className={`graph-status${status?.tone === 'error' ? ' is-error' : ''}`}
          role="status"
          aria-live="polite"
          data-testid="graph-status"
        >
          {status?.text ?? ''}
        </p>
      </div>
      <div
        className={`graph-body${unplaced ? ' is-laying-out' : ''}`}
        data-layout={layoutReady ? 'ready' : 'pending'}
      >
        <GraphCanvas
          topology={topology}
          scene={scene}
          document={document}
          selected={selected}
          renaming={renaming}
          messages={messages}
          editable={editable}
          theme={theme}
          layoutReady={layoutReady}
          structure={key ?? ''}
        />
        {unplaced && <p className="graph-laying-out muted">Laying out…</p>}
        {/* Opened by a selection made in the graph; the editor's cursor only highlights the node. */}
        {fromGraph && <Inspector topology={topology} selected={selected} editable={editable} />}
      </div>
      <ConfirmDialog pending={pending} onConfirm={actions.confirmConnect} onCancel={actions.cancelConnect} />
    </GraphActionsProvider>
  );
}
