import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { GroupNode } from '../flow/types';
import { Badge } from './Badge';
import { GroupGangTags, useGangOverlay } from './GangTags';
import { RenameField } from './RenameField';

/** A scaling group: a container with its name and counts in the header; its cliques sit inside. */
function GroupNodeView({ id, data, selected, positionAbsoluteY }: NodeProps<GroupNode>) {
  const { vertex, messages, renaming } = data;
  const g = vertex.group;
  const gangs = useGangOverlay();
  return (
    <div className={`graph-group${selected ? ' is-selected' : ''}`}>
      <div className="graph-group-head">
        <span className="graph-kind">scaling group</span>
        {renaming ? (
          <RenameField id={id} initial={g.name} label={`New name for scaling group ${g.name}`} />
        ) : (
          <span className="graph-name mono" title={g.name}>
            {g.name || '(no name)'}
          </span>
        )}
        <Badge messages={messages} focused={data.focused} top={positionAbsoluteY} />
      </div>
      <div className="graph-line graph-group-counts">
        <strong>×{g.replicas}</strong> replicas
        {/* With the gangs shown, their tags say what minAvailable does (the line has room for one). */}
        {!gangs && <> · min {g.minAvailable}</>}
        <GroupGangTags replicas={g.replicas} minAvailable={g.minAvailable} />
        {g.autoscaler && (
          <span className="muted">
            {' '}
            · auto {g.autoscaler.min}–{g.autoscaler.max}
          </span>
        )}
      </div>
      {vertex.members.length === 0 && <div className="graph-group-empty muted">Drop cliques here</div>}
    </div>
  );
}

export default memo(GroupNodeView);
