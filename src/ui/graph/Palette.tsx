import type { DragEvent } from 'react';
import type { GroupVertex } from './model/topology';
import { useGraphActionsContext } from './context';

/** The drag-and-drop type the canvas accepts from the palette. */
export const PALETTE_MIME = 'application/x-grove-designer-palette';
export type PaletteItem = 'clique' | 'scalingGroup';

const startDrag = (item: PaletteItem) => (event: DragEvent<HTMLButtonElement>) => {
  event.dataTransfer.setData(PALETTE_MIME, item);
  event.dataTransfer.effectAllowed = 'copy';
};

/**
 * Adds a clique or a scaling group with a unique default name: click (a clique goes into the
 * selected scaling group, if one is selected) or drag onto the canvas, into a group or beside them.
 */
export function Palette({
  editable,
  selectedGroup,
}: {
  editable: boolean;
  selectedGroup: GroupVertex | null;
}) {
  const actions = useGraphActionsContext();
  return (
    <div className="graph-palette" role="group" aria-label="Add to the design">
      <button
        type="button"
        draggable={editable}
        disabled={!editable}
        onDragStart={startDrag('clique')}
        onClick={() => actions.addClique(selectedGroup)}
        title={
          selectedGroup
            ? `Add a clique to scaling group ${selectedGroup.group.name} (or drag it onto the canvas)`
            : 'Add a clique (or drag it onto the canvas, into a scaling group)'
        }
      >
        + Clique
      </button>
      <button
        type="button"
        draggable={editable}
        disabled={!editable}
        onDragStart={startDrag('scalingGroup')}
        onClick={() => actions.addScalingGroup()}
        title="Add an empty scaling group, then drag cliques into it"
      >
        + Scaling group
      </button>
    </div>
  );
}
