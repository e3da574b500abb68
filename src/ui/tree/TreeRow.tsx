import { memo, type CSSProperties } from 'react';
import type { TreeRowView } from '../../core/tree/rows';
import { CliqueCells, GroupCells, GroupReplicaCells, PodCells, ReplicaCells } from './RowCells';
import { DetailCells } from './DetailCells';

export type Mark = 'selected' | 'related' | null;

interface Props {
  readonly id: string;
  readonly row: TreeRowView | undefined;
  readonly index: number;
  /** Offset from the top of the list, and height, in pixels. */
  readonly top: number;
  readonly height: number;
  readonly cursor: boolean;
  readonly mark: Mark;
  readonly onToggle: (row: TreeRowView, open: boolean) => void;
  readonly onPick: (row: TreeRowView, index: number) => void;
}

function Cells({ row }: { row: TreeRowView }) {
  switch (row.kind) {
    case 'replica':
      return <ReplicaCells row={row} />;
    case 'scalingGroup':
      return <GroupCells row={row} />;
    case 'groupReplica':
      return <GroupReplicaCells row={row} />;
    case 'podClique':
      return <CliqueCells row={row} />;
    case 'pod':
      return <PodCells row={row} />;
    case 'detail':
      return (
        <span className="cell-detail">
          <DetailCells line={row.line} />
        </span>
      );
  }
}

/** What a screen reader says for a row: its kind, its name and its count. */
function labelOf(row: TreeRowView): string {
  switch (row.kind) {
    case 'replica':
      return `PodCliqueSet replica ${row.name.name}, ${row.pods} pods`;
    case 'scalingGroup':
      return `scaling group ${row.name.name}, ${row.replicas} replicas`;
    case 'groupReplica':
      return `${row.scalingGroup} replica ${row.j}, ${row.gangKind} gang ${row.podGang.name}`;
    case 'podClique':
      return `PodClique ${row.name.name}, ${row.pods} pods`;
    case 'pod':
      return `pod ${row.name.name}, hostname ${row.hostname.name}, PodGang ${row.podGang}`;
    case 'detail':
      return row.line.type === 'heading' ? row.line.section : Object.values(row.line).slice(1).join(' ');
  }
}

/** One row of the pod tree (a placeholder while its page loads); re-rendered only when its props change. */
export const TreeRow = memo(function TreeRow({
  id,
  row,
  index,
  top,
  height,
  cursor,
  mark,
  onToggle,
  onPick,
}: Props) {
  const style = { transform: `translateY(${top}px)`, height };
  if (!row)
    return (
      <div className="tree-row loading" style={style} aria-hidden="true">
        <span className="cell-name muted">…</span>
      </div>
    );
  const className = `tree-row kind-${row.kind}${cursor ? ' cursor' : ''}${mark ? ` ${mark}` : ''}`;
  return (
    <div
      id={id}
      role="treeitem"
      aria-level={row.depth + 1}
      aria-expanded={row.expandable ? row.expanded : undefined}
      aria-selected={mark === 'selected'}
      aria-label={labelOf(row)}
      className={className}
      style={{ ...style, '--depth': row.depth } as CSSProperties}
      data-key={row.key}
      onClick={() => onPick(row, index)}
    >
      <span className="twisty-slot">
        {row.expandable && (
          <button
            type="button"
            className="twisty"
            tabIndex={-1}
            aria-hidden="true"
            aria-label={row.expanded ? 'Collapse' : 'Expand'}
            onClick={(e) => {
              e.stopPropagation();
              onToggle(row, !row.expanded);
            }}
          >
            {row.expanded ? '▾' : '▸'}
          </button>
        )}
      </span>
      <Cells row={row} />
    </div>
  );
});
