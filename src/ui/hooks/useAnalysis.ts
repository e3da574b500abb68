import { useSyncExternalStore } from 'react';
import type { AnalysisState } from '../../worker/client';
import { useDesignerContext } from '../DesignerContext';

/** Reads one slice of the latest analysis; the selector must return a value that is stable between updates. */
export function useAnalysis<T>(selector: (state: AnalysisState) => T): T {
  const { core } = useDesignerContext();
  return useSyncExternalStore(core.subscribe, () => selector(core.getState()));
}
