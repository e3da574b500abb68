import { BaseEdge, EdgeLabelRenderer, getBezierPath, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { useGraphActionsContext } from '../context';
import type { GraphEdge } from '../flow/types';

/**
 * "target starts after source". A `startsAfter` edge is solid and, when selected, offers to remove
 * the dependency; a list-order edge (InOrder) is dashed and cannot be removed.
 */
function StartupEdgeView(props: EdgeProps<GraphEdge>) {
  const { id, data, selected, markerEnd } = props;
  const actions = useGraphActionsContext();
  const [path, labelX, labelY] = getBezierPath(props);
  const kind = data?.kind ?? 'explicit';
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={markerEnd}
        className={`graph-edge graph-edge-${kind}${selected ? ' is-selected' : ''}`}
      />
      {selected && kind === 'explicit' && data && (
        <EdgeLabelRenderer>
          <button
            type="button"
            className="graph-edge-remove nodrag nopan"
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
            aria-label={`Remove the dependency: ${data.dependent} starts after ${data.after}`}
            title="Remove this dependency (Delete)"
            onClick={() => actions.disconnect(id)}
          >
            ×
          </button>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

export default memo(StartupEdgeView);
