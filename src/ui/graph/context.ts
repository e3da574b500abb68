import { createContext, useContext } from 'react';
import type { GraphActions } from './hooks/useGraphActions';

const GraphActionsContext = createContext<GraphActions | null>(null);

export const GraphActionsProvider = GraphActionsContext.Provider;

/** The graph's actions, for nodes, edges, the palette and the inspector. */
export function useGraphActionsContext(): GraphActions {
  const actions = useContext(GraphActionsContext);
  if (!actions) throw new Error('useGraphActionsContext needs a GraphActionsProvider.');
  return actions;
}
