import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { FrameNode } from '../flow/types';
import { startupWord } from '../model/topology';
import { Badge } from './Badge';

/** The PodCliqueSet: a frame around everything, with its name, replicas and startup type. */
function FrameNodeView({ data, selected, positionAbsoluteY }: NodeProps<FrameNode>) {
  const { topology, messages } = data;
  return (
    <div className={`graph-frame${selected ? ' is-selected' : ''}`}>
      <div className="graph-frame-head">
        <span className="graph-kind">PodCliqueSet</span>
        <span className="graph-name mono">{topology.name || '(no name)'}</span>
        <span>
          <strong>×{topology.replicas}</strong> replicas
        </span>
        <span className="muted">startup {startupWord(topology.startupType)}</span>
        <Badge messages={messages} focused={data.focused} top={positionAbsoluteY} />
      </div>
    </div>
  );
}

export default memo(FrameNodeView);
