import { useEffect, useState } from 'react';
import { liveCompareQuery, type LiveComparison } from '../../worker/queries/live-compare';
import { useDesignerContext } from '../DesignerContext';
import { useAnalysis } from '../hooks/useAnalysis';

/**
 * The comparison of the active PodCliqueSet with the live object, asked again for every new analysis
 * (the analysis judges the text as an update of `live`). Answers for an older analysis are dropped.
 */
export function useLiveComparison(live: string | null): LiveComparison | null {
  const { core } = useDesignerContext();
  // Only an analysis of the current inputs (text and live object) is worth asking about.
  const revision = useAnalysis((s) =>
    s.latest && s.latest.revision === s.requested ? s.latest.revision : null,
  );
  const [result, setResult] = useState<{ live: string; comparison: LiveComparison | null } | null>(null);
  useEffect(() => {
    if (live === null || revision === null) return;
    let current = true;
    void core.query(liveCompareQuery, { live }).then((answer) => {
      if (current && answer.revision >= revision) setResult({ live, comparison: answer.result });
    });
    return () => {
      current = false;
    };
  }, [core, live, revision]);
  return live !== null && result?.live === live ? result.comparison : null;
}
