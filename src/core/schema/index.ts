import { compileSchema, type SchemaNode } from './compile';
import type { CompactSchema } from './types';
import podCliqueSet from './generated/podcliqueset.json';
import clusterTopologyBinding from './generated/clustertopologybinding.json';

export type { SchemaNode, CelRuleSpec, ValueType } from './compile';
export type { CompactSchema } from './types';
export { compileSchema } from './compile';

/** The Grove kinds whose CRD schemas the core carries. */
export type SchemaKind = 'PodCliqueSet' | 'ClusterTopologyBinding';

/** Each CRD's structural schema, compiled once when the module loads. */
export const crdSchemas: Readonly<Record<SchemaKind, SchemaNode>> = {
  PodCliqueSet: compileSchema(podCliqueSet as CompactSchema),
  ClusterTopologyBinding: compileSchema(clusterTopologyBinding as CompactSchema),
};
