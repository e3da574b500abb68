import { useCallback } from 'react';
import type { TreeRowView } from '../../core/tree/rows';
import { treeWindowQuery } from '../../worker/queries/tree-window';
import { useDesignerContext } from '../DesignerContext';
import { useAnalysis } from '../hooks/useAnalysis';
import type { Loader } from './pages';

/** What the pod tree's rows depend on (`key`), and how to load a page of them from the worker. */
export function useTreeLoader(expanded: readonly string[]): { key: string; load: Loader<TreeRowView> } {
  const { core } = useDesignerContext();
  const revision = useAnalysis((s) => s.lastGood?.revision ?? -1);
  const load = useCallback<Loader<TreeRowView>>(
    async (start, end) => (await core.query(treeWindowQuery, { expanded, start, end })).result,
    [core, expanded],
  );
  return { key: `${revision}|${expanded.join('\n')}`, load };
}
