import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { WorkshopState, WorkshopStore } from './state';

export const WorkshopContext = createContext<WorkshopStore | null>(null);

export function useWorkshopStore(): WorkshopStore {
  const store = useContext(WorkshopContext);
  if (!store) throw new Error('useWorkshopStore needs a WorkshopContext provider.');
  return store;
}

/** Reads one slice of the workshop's lessons and progress (the selector must return stable values). */
export function useWorkshop<T>(selector: (state: WorkshopState) => T): T {
  return useStore(useWorkshopStore(), selector);
}
