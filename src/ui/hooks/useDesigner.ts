import { useStore } from 'zustand';
import type { DesignerState } from '../../store/store';
import { useDesignerContext } from '../DesignerContext';

/** Reads one slice of the designer's inputs; the component re-renders only when that slice changes. */
export function useDesigner<T>(selector: (state: DesignerState) => T): T {
  return useStore(useDesignerContext().store, selector);
}
