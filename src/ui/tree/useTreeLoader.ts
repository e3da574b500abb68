import { useCallback, useEffect } from 'react';
import type { TreeRowView } from '../../core/tree/rows';
import { treeWindowQuery } from '../../worker/queries/tree-window';
import { useDesignerContext } from '../DesignerContext';
import { useAnalysis } from '../hooks/useAnalysis';
import { pageRange, pagesOf, type Loader } from './pages';

/**
 * What the pod tree's rows depend on (`key`), how to load a page of them from the worker, and `follow`,
 * which has the worker send the visible pages with every analysis (`CoreClient.follow`), so that a
 * keystroke's new rows arrive with its analysis instead of a message later.
 */
export function useTreeLoader(expanded: readonly string[] | null): {
  key: string;
  load: Loader<TreeRowView>;
  follow: (from: bigint, to: bigint) => void;
} {
  const { core } = useDesignerContext();
  const revision = useAnalysis((s) => s.lastGood?.revision ?? -1);
  const load = useCallback<Loader<TreeRowView>>(
    (start, end) => {
      const args = { expanded, start, end };
      const ready = core.answered(treeWindowQuery, args);
      if (ready) return ready.result;
      return core.query(treeWindowQuery, args).then((answer) => answer.result);
    },
    [core, expanded],
  );
  const follow = useCallback(
    (from: bigint, to: bigint) =>
      core.follow(
        'pod-tree',
        pagesOf(from, to).map((page) => ({ query: treeWindowQuery, args: { expanded, ...pageRange(page) } })),
      ),
    [core, expanded],
  );
  useEffect(() => () => core.follow('pod-tree', []), [core]);
  return { key: `${revision}|${expanded?.join('\n') ?? '(default)'}`, load, follow };
}
