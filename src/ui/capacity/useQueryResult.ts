import { useEffect, useEffectEvent, useState } from 'react';
import type { QueryName } from '../../worker/queries/types';
import { useDesignerContext } from '../DesignerContext';
import { useAnalysis } from '../hooks/useAnalysis';

/**
 * The answer of a worker query for the current analysis, asked again when the analysis or `argsKey`
 * changes (`argsKey` describes `args`, so a new object with the same content does not ask again).
 * Null until the first answer.
 */
export function useQueryResult<A, R>(query: QueryName<A, R>, args: A, argsKey: string): R | null {
  const { core } = useDesignerContext();
  const revision = useAnalysis((s) => s.lastGood?.revision ?? -1);
  const [answer, setAnswer] = useState<R | null>(null);
  const ask = useEffectEvent(() => core.query(query, args));
  useEffect(() => {
    let live = true;
    void ask().then((a) => live && setAnswer(a.result));
    return () => {
      live = false;
    };
  }, [revision, argsKey]);
  return answer;
}
