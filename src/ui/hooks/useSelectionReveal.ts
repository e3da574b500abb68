import { useEffect } from 'react';
import type { RevealRequest } from '../editor/ManifestEditor';
import { useDesignerContext } from '../DesignerContext';

/**
 * Selecting a clique, scaling group or the PodCliqueSet anywhere but in the editor reveals its YAML.
 * Selections the editor made itself (from the cursor) do not move the cursor.
 */
export function useSelectionReveal(reveal: (request: RevealRequest) => void): void {
  const { store, core } = useDesignerContext();
  useEffect(
    () =>
      store.subscribe((state, previous) => {
        const selection = state.selection;
        if (selection === previous.selection || !selection || state.selectionSource === 'editor') return;
        if (
          selection.kind !== 'clique' &&
          selection.kind !== 'scalingGroup' &&
          selection.kind !== 'podCliqueSet'
        )
          return;
        const outline = core.getState().latest?.active?.outline;
        const item = outline?.find(
          (i) =>
            i.kind === selection.kind && (selection.kind === 'podCliqueSet' || i.name === selection.name),
        );
        if (item) reveal({ range: item.nameRange, select: true, focus: false });
      }),
    [store, core, reveal],
  );
}
