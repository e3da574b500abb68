import { useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { gangOfGroupReplica, type GroupGangs } from '../../core/gangs/membership';
import { formatCount } from '../format';

/** Most scaled gangs listed per group; the rest are counted (their names follow the same rule). */
const LISTED = 100_000;

/** The scaled PodGangs of one scaling group, one row per group replica, virtualised. */
export function ScaledGangs({ pcs, i, group }: { pcs: string; i: bigint; group: GroupGangs }) {
  const scroller = useRef<HTMLDivElement>(null);
  const count = Math.min(group.scaledReplicas, LISTED);
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => 22,
    overscan: 8,
  });
  return (
    <>
      <div className="scaled-gangs" ref={scroller} style={{ height: Math.min(count, 6) * 22 + 2 }}>
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const j = BigInt(group.baseReplicas + item.index);
            return (
              <div
                key={item.index}
                className="scaled-gang"
                style={{ transform: `translateY(${item.start}px)` }}
              >
                <span className="mono">{gangOfGroupReplica(pcs, i, group, j)}</span>
                <span className="muted">
                  {group.scalingGroup} replica {formatCount(j)}
                </span>
              </div>
            );
          })}
        </div>
      </div>
      {group.scaledReplicas > LISTED && (
        <p className="muted">
          The first {formatCount(LISTED)} of {formatCount(group.scaledReplicas)} are listed.
        </p>
      )}
    </>
  );
}
