import { useCallback, type FocusEvent, type KeyboardEvent } from 'react';
import { useDesignerContext } from '../../DesignerContext';
import { KEY_STEP } from '../model/sizes';
import { FRAME_ID } from '../model/topology';
import type { GraphActions } from './useGraphActions';

const ARROWS: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

const isTextField = (el: HTMLElement) =>
  el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el.isContentEditable;

/** The node or edge element that has the focus itself (not a field inside it). */
function focusedItem(target: HTMLElement): { kind: 'node' | 'edge'; id: string } | null {
  const id = target.getAttribute('data-id');
  if (id === null) return null;
  if (target.classList.contains('react-flow__node')) return { kind: 'node', id };
  if (target.classList.contains('react-flow__edge')) return { kind: 'edge', id };
  return null;
}

/**
 * Ctrl+Z / Ctrl+Shift+Z (Ctrl+Y) anywhere in the graph but a text field: the store's undo and redo,
 * the same history as the editor's.
 */
export function useUndoKeys() {
  const { store } = useDesignerContext();
  return useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (isTextField(event.target as HTMLElement) || !(event.ctrlKey || event.metaKey) || event.altKey)
        return;
      const lower = event.key.toLowerCase();
      if (lower !== 'z' && lower !== 'y') return;
      event.preventDefault();
      if (lower === 'y' || event.shiftKey) store.getState().redo();
      else store.getState().undo();
    },
    [store],
  );
}

/**
 * The canvas keyboard: Tab reaches each node (focusing one selects it), Enter or F2 renames, Delete
 * removes, arrow keys move it (Shift: further; the position is stored), Escape clears the selection;
 * a focused or selected dependency edge is removed with Delete.
 */
export function useCanvasKeys(actions: GraphActions, editable: boolean, selectedEdge: string | null) {
  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      const target = event.target as HTMLElement;
      if (isTextField(target)) return;
      const key = event.key;
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const item = focusedItem(target);
      const remove = key === 'Delete' || key === 'Backspace';
      if (item?.kind === 'edge' || (!item && selectedEdge && remove)) {
        if (remove && editable) {
          event.preventDefault();
          actions.disconnect(item?.id ?? selectedEdge!);
        }
        return;
      }
      if (!item || item.id === FRAME_ID) {
        if (key === 'Escape') actions.select(null);
        return;
      }
      const arrow = ARROWS[key];
      if (arrow && editable) {
        event.preventDefault();
        const step = event.shiftKey ? KEY_STEP * 5 : KEY_STEP;
        actions.nudge(item.id, arrow[0] * step, arrow[1] * step);
      } else if ((key === 'Enter' || key === 'F2') && editable) {
        event.preventDefault();
        actions.startRename(item.id);
      } else if (remove && editable) {
        event.preventDefault();
        actions.remove(item.id);
      } else if (key === 'Escape') {
        actions.select(null);
      }
    },
    [actions, editable, selectedEdge],
  );

  const onFocus = useCallback(
    (event: FocusEvent<HTMLElement>) => {
      const item = focusedItem(event.target);
      if (item?.kind === 'node') actions.select(item.id);
    },
    [actions],
  );

  return { onKeyDown, onFocus };
}
