import { useReactFlow, type NodeChange, type OnNodeDrag } from '@xyflow/react';
import { useCallback, useMemo, useState } from 'react';
import type { AnalysisState } from '../../../worker/client';
import { positionKey } from '../../../store/selection';
import { useDesignerContext } from '../../DesignerContext';
import { useAnalysis } from '../../hooks/useAnalysis';
import type { GraphNode } from '../flow/types';
import type { XY } from '../layout/types';
import { dropPlan, dropTargetAt, type DropTarget } from '../model/drop';
import { pointIn } from '../model/positions';
import type { Scene } from '../model/scene';
import type { Topology } from '../model/topology';
import type { GraphActions } from './useGraphActions';

interface DragState {
  /** Canvas positions of the nodes being dragged, or just dropped. */
  readonly overrides: ReadonlyMap<string, XY>;
  readonly active: boolean;
  /** After a drop that changed the manifest: keep the dropped position until this analysis revision... */
  readonly settleAt: number | null;
  /** ...and, when the layout must place the node again, until it has. */
  readonly needsLayout: boolean;
}

const idle: DragState = { overrides: new Map(), active: false, settleAt: null, needsLayout: false };
const latestRevision = (s: AnalysisState) => s.latest?.revision ?? -1;

const pointerOf = (event: { clientX?: number; clientY?: number } | TouchEvent): XY | null => {
  if ('clientX' in event && event.clientX !== undefined && event.clientY !== undefined)
    return { x: event.clientX, y: event.clientY };
  const touch = 'changedTouches' in event ? event.changedTouches[0] : undefined;
  return touch ? { x: touch.clientX, y: touch.clientY } : null;
};

interface Inputs {
  readonly topology: Topology;
  readonly scene: Scene;
  readonly document: number;
  readonly actions: GraphActions;
  /** The layout of the current structure has arrived. */
  readonly layoutReady: boolean;
}

/**
 * Dragging nodes: positions live here while the pointer moves (one node object changes per frame);
 * the drop becomes ONE command (membership, order) and/or a stored position. A dropped node stays
 * where it was dropped until the manifest and the layout have caught up, so it never jumps back.
 */
export function useNodeDrag({ topology, scene, document, actions, layoutReady }: Inputs) {
  const { store } = useDesignerContext();
  const { screenToFlowPosition } = useReactFlow();
  const [drag, setDrag] = useState<DragState>(idle);
  const [hint, setHint] = useState<DropTarget | null>(null);
  const revision = useAnalysis(latestRevision);

  const settled =
    !drag.active &&
    (drag.settleAt === null || (revision >= drag.settleAt && (!drag.needsLayout || layoutReady)));
  const overrides = settled ? idle.overrides : drag.overrides;

  const onNodesChange = useCallback(
    (changes: NodeChange<GraphNode>[]) => {
      const moved = changes.filter((c) => c.type === 'position' && c.position && c.dragging);
      if (moved.length === 0) return;
      setDrag((d) => {
        const next = new Map(d.active ? d.overrides : []);
        for (const c of moved) {
          if (c.type !== 'position' || !c.position) continue;
          const parent = scene.boxes.get(scene.boxes.get(c.id)?.parent ?? '');
          next.set(
            c.id,
            parent ? { x: c.position.x + parent.abs.x, y: c.position.y + parent.abs.y } : c.position,
          );
        }
        return { overrides: next, active: true, settleAt: null, needsLayout: false };
      });
    },
    [scene],
  );

  const targetAt = useCallback(
    (event: Parameters<OnNodeDrag<GraphNode>>[0], node: GraphNode): DropTarget | null => {
      const screen = pointerOf(event);
      if (node.type !== 'clique' || !screen) return null;
      return dropTargetAt(scene, topology, screenToFlowPosition(screen), node.id);
    },
    [scene, topology, screenToFlowPosition],
  );

  const onNodeDragStart: OnNodeDrag<GraphNode> = useCallback((_, node) => actions.select(node.id), [actions]);

  const onNodeDrag: OnNodeDrag<GraphNode> = useCallback(
    (event, node) => {
      const next = targetAt(event, node);
      setHint((h) => (JSON.stringify(h) === JSON.stringify(next) ? h : next));
    },
    [targetAt],
  );

  const onNodeDragStop: OnNodeDrag<GraphNode> = useCallback(
    (event, node) => {
      setHint(null);
      const at = drag.overrides.get(node.id);
      const box = scene.boxes.get(node.id);
      if (!at || !box || (Math.abs(at.x - box.abs.x) < 1 && Math.abs(at.y - box.abs.y) < 1)) {
        setDrag(idle);
        return;
      }
      const { setPosition, forgetPositions } = store.getState();
      const keep = (kind: 'clique' | 'scalingGroup', name: string | null, parentId: string | null) => {
        if (name === null) return;
        const parent = parentId ? scene.boxes.get(parentId) : undefined;
        const groupName = parentId ? (topology.groups.find((g) => g.id === parentId)?.key ?? null) : null;
        const rel = parent ? { x: at.x - parent.abs.x, y: at.y - parent.abs.y } : at;
        setPosition(positionKey(document, kind, name), pointIn(rel, groupName));
      };
      const group = topology.groups.find((g) => g.id === node.id);
      const clique = topology.cliques.find((c) => c.id === node.id);
      const target = targetAt(event, node);
      if (group || !clique || !target) {
        if (group) keep('scalingGroup', group.key, null);
        setDrag(idle);
        return;
      }
      const plan = dropPlan(topology, clique, target);
      const settleAt = plan.commands.length > 0 ? actions.run(plan.commands) : null;
      if (plan.commands.length > 0 && settleAt === null) {
        setDrag(idle); // refused: the node goes back, the status line says why
        return;
      }
      if (plan.position.kind === 'keep') keep('clique', clique.key, plan.position.parent);
      else if (clique.key !== null) forgetPositions([positionKey(document, 'clique', clique.key)]);
      setDrag(
        settleAt === null
          ? idle
          : {
              overrides: drag.overrides,
              active: false,
              settleAt,
              needsLayout: plan.position.kind === 'forget',
            },
      );
    },
    [drag.overrides, scene, store, topology, document, actions, targetAt],
  );

  const hinted = useMemo(() => {
    if (!hint) return null;
    if (hint.kind === 'clique') return { id: hint.over, className: `is-drop-${hint.side}` };
    return hint.group ? { id: hint.group, className: 'is-drop-target' } : null;
  }, [hint]);

  return {
    overrides,
    hinted,
    dragging: drag.active,
    onNodesChange,
    onNodeDragStart,
    onNodeDrag,
    onNodeDragStop,
  };
}
