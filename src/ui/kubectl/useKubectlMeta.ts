import { useEffect, useState } from 'react';
import {
  kubectlWindowQuery,
  type KubectlView,
  type KubectlWindow,
} from '../../worker/queries/kubectl-window';
import { useDesignerContext } from '../DesignerContext';

/** A view's command, header, placeholder columns and notes (no rows), for the analysis `revision`. */
export function useKubectlMeta(view: KubectlView, revision: number): KubectlWindow | null {
  const { core } = useDesignerContext();
  const [meta, setMeta] = useState<{ key: string; value: KubectlWindow | null } | null>(null);
  const key = `${revision}|${view}`;
  useEffect(() => {
    let live = true;
    void core.query(kubectlWindowQuery, { view, start: 0, end: 0 }).then((answer) => {
      if (live) setMeta({ key, value: answer.result });
    });
    return () => {
      live = false;
    };
  }, [core, view, key]);
  return meta?.value ?? null;
}
