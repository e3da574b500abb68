import type { NameAnatomy } from '../../core/names/anatomy';
import type { TreeRowView } from '../../core/tree/rows';
import { NameParts } from '../names/NameParts';

function nameOf(row: TreeRowView | undefined): NameAnatomy | null {
  if (!row) return null;
  switch (row.kind) {
    case 'groupReplica':
      return row.podGang;
    case 'detail':
      return null;
    default:
      return row.name;
  }
}

/** The parts of the name on the keyboard cursor's row, so names are explained without a mouse too. */
export function CursorAnatomy({ row }: { row: TreeRowView | undefined }) {
  const name = nameOf(row);
  return (
    <div className="cursor-anatomy" aria-live="polite" aria-label="Name under the cursor">
      {name ? (
        <NameParts anatomy={name} compact />
      ) : (
        <span className="muted">Move through the tree with the arrow keys; names are explained here.</span>
      )}
    </div>
  );
}
