import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { CliqueNode } from '../flow/types';
import { Badge } from './Badge';
import { CliqueGangTag } from './GangTags';
import { RenameField } from './RenameField';

const GPU = 'nvidia.com/gpu';
const short = (resource: string) => resource.replace(/^.*\//, '');

/** A clique: name, role, counts, first image, requests with GPUs first and prominent. */
function CliqueNodeView({ id, data, selected, positionAbsoluteY }: NodeProps<CliqueNode>) {
  const { vertex, messages, renaming } = data;
  const c = vertex.clique;
  const gpus = c.requests[GPU];
  const others = Object.entries(c.requests).filter(([k]) => k !== GPU);
  const errors = messages?.errors.length ?? 0;
  return (
    <div className={`graph-clique${selected ? ' is-selected' : ''}${errors > 0 ? ' has-errors' : ''}`}>
      <Handle type="target" position={Position.Left} className="graph-handle" />
      <div className="graph-node-head">
        {renaming ? (
          <RenameField id={id} initial={c.name} label={`New name for clique ${c.name}`} />
        ) : (
          <span className="graph-name mono" title={c.name}>
            {c.name || '(no name)'}
          </span>
        )}
        <Badge messages={messages} focused={data.focused} top={positionAbsoluteY} />
      </div>
      <div className="graph-line muted" title="roleName">
        role <span className="mono">{c.roleName || '—'}</span>
      </div>
      <div className="graph-line">
        <strong>×{c.replicas}</strong> replicas · min {c.minAvailable}
        <CliqueGangTag standalone={vertex.parent === null} />
        {c.autoscaler && (
          <span className="muted">
            {' '}
            · auto {c.autoscaler.min}–{c.autoscaler.max}
          </span>
        )}
      </div>
      <div className="graph-line graph-image mono muted" title={c.image}>
        {c.image || 'no image'}
      </div>
      <div className="graph-requests">
        {gpus !== undefined && (
          <span className="graph-gpu" title={GPU}>
            {gpus} GPU
          </span>
        )}
        {others.map(([k, v]) => (
          <span key={k} className="graph-request" title={k}>
            {short(k)} {v}
          </span>
        ))}
      </div>
      <Handle type="source" position={Position.Right} className="graph-handle" />
    </div>
  );
}

export default memo(CliqueNodeView);
