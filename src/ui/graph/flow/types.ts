import type { Edge, Node } from '@xyflow/react';
import type { ItemMessages } from '../../../core/analysis/item-diagnostics';
import type { CliqueVertex, GroupVertex, StartupKind, Topology } from '../model/topology';

/** What a clique node draws. */
export type CliqueNodeData = {
  readonly vertex: CliqueVertex;
  /** The name of its group, for the accessible label. */
  readonly groupName: string | null;
  readonly messages: ItemMessages | undefined;
  readonly renaming: boolean;
  /** The node has the keyboard focus: its messages show. */
  readonly focused: boolean;
};

export type GroupNodeData = {
  readonly vertex: GroupVertex;
  readonly messages: ItemMessages | undefined;
  readonly renaming: boolean;
  readonly focused: boolean;
};

export type FrameNodeData = {
  /** What the frame shows (not the whole topology: a node is redrawn when its data changes). */
  readonly topology: Pick<Topology, 'name' | 'replicas' | 'startupType'>;
  readonly messages: ItemMessages | undefined;
  readonly focused: boolean;
};

export type CliqueNode = Node<CliqueNodeData, 'clique'>;
export type GroupNode = Node<GroupNodeData, 'scalingGroup'>;
export type FrameNode = Node<FrameNodeData, 'frame'>;
export type GraphNode = CliqueNode | GroupNode | FrameNode;

export type StartupEdgeData = {
  readonly kind: StartupKind;
  readonly after: string;
  readonly dependent: string;
};

export type GraphEdge = Edge<StartupEdgeData, 'startup'>;
