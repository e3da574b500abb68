import {
  Background,
  Controls,
  ReactFlow,
  useReactFlow,
  type Connection,
  type Edge,
  type EdgeTypes,
  type NodeTypes,
} from '@xyflow/react';
import {
  useCallback,
  useId,
  useMemo,
  useRef,
  useState,
  type DragEvent,
  type FocusEvent,
  type KeyboardEvent,
} from 'react';
import type { MessagesByItem } from '../../core/analysis/item-diagnostics';
import { useDesigner } from '../hooks/useDesigner';
import { useGraphActionsContext } from './context';
import StartupEdgeView from './edges/StartupEdgeView';
import {
  flowEdges,
  flowNodes,
  givenNothing,
  handOver,
  reuseUnchanged,
  reuseUnchangedEdges,
  withOverrides,
} from './flow/build';
import type { GraphEdge, GraphNode } from './flow/types';
import { useCanvasKeys } from './hooks/useCanvasKeys';
import { useFitView } from './hooks/useFitView';
import { useNodeDrag } from './hooks/useNodeDrag';
import { useRevealSelected } from './hooks/useRevealSelected';
import { dropTargetAt } from './model/drop';
import type { Scene } from './model/scene';
import { CLIQUE } from './model/sizes';
import type { Topology } from './model/topology';
import CliqueNodeView from './nodes/CliqueNodeView';
import FrameNodeView from './nodes/FrameNodeView';
import GroupNodeView from './nodes/GroupNodeView';
import { PALETTE_MIME, type PaletteItem } from './Palette';
import './nodes/nodes.css';

const nodeTypes: NodeTypes = { clique: CliqueNodeView, scalingGroup: GroupNodeView, frame: FrameNodeView };
const edgeTypes: EdgeTypes = { startup: StartupEdgeView };

export interface CanvasProps {
  readonly topology: Topology;
  readonly scene: Scene;
  readonly document: number;
  readonly selected: ReadonlySet<string>;
  readonly renaming: string | null;
  readonly messages: MessagesByItem | null;
  readonly editable: boolean;
  readonly theme: 'light' | 'dark';
  /** The layout of the current structure has arrived (the first one: the canvas then fits the view). */
  readonly layoutReady: boolean;
  /** The structure the layout is for (model/structure-key.ts). */
  readonly structure: string;
}

/** The React Flow canvas: draws the scene, turns gestures into graph actions. */
export function GraphCanvas(props: CanvasProps) {
  const { topology, scene, document, selected, renaming, messages, editable, theme, layoutReady, structure } =
    props;
  const actions = useGraphActionsContext();
  const { screenToFlowPosition } = useReactFlow();
  const describedBy = useId();
  const [selectedEdge, setSelectedEdge] = useState<string | null>(null);
  const drag = useNodeDrag({ topology, scene, document, actions, layoutReady });
  const canvas = useRef<HTMLDivElement>(null);
  const fromGraph = useDesigner((s) => s.selectionSource === 'graph');
  useRevealSelected(selected, fromGraph, scene, drag.dragging, canvas);
  const keys = useCanvasKeys(actions, editable, selectedEdge);

  const [focused, setFocused] = useState<string | null>(null);
  const base = useMemo(
    () => flowNodes({ topology, scene, selected, renaming, focused, messages, editable, describedBy }),
    [topology, scene, selected, renaming, focused, messages, editable, describedBy],
  );
  // The nodes given to React Flow last time, by id: unchanged ones are handed over again as they were.
  const [given] = useState(() => givenNothing<GraphNode>());
  const nodes = useMemo(() => {
    let next = withOverrides(base, drag.overrides, scene);
    const hinted = drag.hinted;
    if (hinted) next = next.map((n) => (n.id === hinted.id ? { ...n, className: hinted.className } : n));
    return handOver(given, next, reuseUnchanged);
  }, [given, base, drag.overrides, drag.hinted, scene]);

  const liveEdge =
    selectedEdge !== null && topology.edges.some((e) => e.id === selectedEdge) ? selectedEdge : null;
  const [givenEdges] = useState(() => givenNothing<GraphEdge>());
  const edges = useMemo(() => {
    const next = flowEdges(topology, liveEdge, editable, theme === 'dark' ? '#9aa3b2' : '#5b6473');
    return handOver(givenEdges, next, reuseUnchangedEdges);
  }, [givenEdges, topology, liveEdge, editable, theme]);

  useFitView({
    design: `${document}/${topology.name}`,
    structure,
    layoutReady,
    frame: scene.frame,
    dragging: drag.dragging,
    canvas,
  });

  // Handlers handed to React Flow keep their identity between renders: a new one would redraw every node
  // on every frame of a drag.
  const onNodeClick = useCallback(
    (_: unknown, node: GraphNode) => {
      setSelectedEdge(null);
      actions.select(node.id);
    },
    [actions],
  );
  const onNodeDoubleClick = useCallback(
    (_: unknown, node: GraphNode) => {
      if (editable) actions.startRename(node.id);
    },
    [actions, editable],
  );
  const onEdgeClick = useCallback(
    (_: unknown, edge: GraphEdge) => setSelectedEdge(edge.data?.kind === 'explicit' ? edge.id : null),
    [],
  );
  const onPaneClick = useCallback(() => {
    setSelectedEdge(null);
    actions.select(null);
  }, [actions]);
  const isClique = useCallback((id: string) => topology.cliques.some((c) => c.id === id), [topology]);
  const onConnect = useCallback((c: Connection) => actions.connect(c.source, c.target), [actions]);
  const isValidConnection = useCallback(
    (c: Connection | Edge) => c.source !== c.target && isClique(c.source) && isClique(c.target),
    [isClique],
  );

  const onDragOver = (event: DragEvent<HTMLDivElement>) => {
    if (!editable || !event.dataTransfer.types.includes(PALETTE_MIME)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    const item = event.dataTransfer.getData(PALETTE_MIME) as PaletteItem | '';
    if (!editable || item === '') return;
    event.preventDefault();
    const at = screenToFlowPosition({ x: event.clientX, y: event.clientY });
    const corner = { x: at.x - CLIQUE.width / 2, y: at.y - CLIQUE.height / 2 };
    if (item === 'scalingGroup') {
      actions.addScalingGroup(at);
      return;
    }
    const target = dropTargetAt(scene, topology, at, null);
    const groupId =
      target.kind === 'container'
        ? target.group
        : (topology.cliques.find((c) => c.id === target.over)?.parent ?? null);
    actions.addClique(topology.groups.find((g) => g.id === groupId) ?? null, corner);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    keys.onKeyDown(event);
    // A removed node took the focus with it: keep it in the canvas.
    if (event.defaultPrevented && (event.key === 'Delete' || event.key === 'Backspace'))
      event.currentTarget.focus();
  };
  const onFocus = (event: FocusEvent<HTMLDivElement>) => {
    const el = event.target as HTMLElement;
    // A node focused from the keyboard shows its messages (a click shows them on hover).
    const keyboard = el.classList.contains('react-flow__node') && el.matches(':focus-visible');
    setFocused(keyboard ? el.getAttribute('data-id') : null);
    if (el.classList.contains('react-flow__edge')) setSelectedEdge(el.getAttribute('data-id'));
    keys.onFocus(event);
  };

  return (
    <div
      ref={canvas}
      className="graph-canvas"
      tabIndex={-1}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
      onBlur={() => setFocused(null)}
      onDragOver={onDragOver}
      onDrop={onDrop}
    >
      <p id={describedBy} className="visually-hidden">
        Enter renames, Delete removes, arrow keys move the node, Control+Z undoes. Drag a clique into or out
        of a scaling group, or onto another clique to change the order; drag from a clique&apos;s right handle
        to another clique to make it start after this one.
      </p>
      <ReactFlow<GraphNode, GraphEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        colorMode={theme}
        onNodesChange={drag.onNodesChange}
        onNodeDragStart={drag.onNodeDragStart}
        onNodeDrag={drag.onNodeDrag}
        onNodeDragStop={drag.onNodeDragStop}
        onNodeClick={onNodeClick}
        onNodeDoubleClick={onNodeDoubleClick}
        onEdgeClick={onEdgeClick}
        onPaneClick={onPaneClick}
        onConnect={onConnect}
        isValidConnection={isValidConnection}
        nodesDraggable={editable}
        nodesConnectable={editable}
        edgesReconnectable={false}
        deleteKeyCode={null}
        selectionKeyCode={null}
        multiSelectionKeyCode={null}
        // React Flow listens for these keys on the whole document and calls preventDefault; Monaco's input
        // element is not one it recognises as text input, so Space (pan) would eat every space typed in the
        // editor, and Ctrl/Meta (zoom) would too. Panning by dragging the background and zooming with the
        // wheel or the controls remain.
        panActivationKeyCode={null}
        zoomActivationKeyCode={null}
        disableKeyboardA11y
        zoomOnDoubleClick={false}
        minZoom={0.1}
        maxZoom={2}
      >
        <Background gap={24} size={1} />
        <Controls showInteractive={false} position="bottom-left" />
      </ReactFlow>
    </div>
  );
}
