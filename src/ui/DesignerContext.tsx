import { createContext, useContext, type ReactNode } from 'react';
import type { DesignerStore } from '../store/store';
import type { CoreClient } from '../worker/client';
import type { DesignerEvents } from './events';

export interface Designer {
  readonly store: DesignerStore;
  readonly core: CoreClient;
  readonly events: DesignerEvents;
}

const DesignerContext = createContext<Designer | null>(null);

export function DesignerProvider({ designer, children }: { designer: Designer; children: ReactNode }) {
  return <DesignerContext.Provider value={designer}>{children}</DesignerContext.Provider>;
}

export function useDesignerContext(): Designer {
  const designer = useContext(DesignerContext);
  if (!designer) throw new Error('useDesignerContext needs a <DesignerProvider>.');
  return designer;
}
