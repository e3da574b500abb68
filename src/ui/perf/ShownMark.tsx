import { useEffect } from 'react';
import { markRevision, SHOWN_MARK } from '../../worker/marks';
import { useAnalysis } from '../hooks/useAnalysis';

/**
 * Marks the moment an analysis is on the screen: rendered last in the page, its effect runs after every
 * panel's effects for the same commit (editor markers included). Renders nothing.
 */
export function ShownMark() {
  const revision = useAnalysis((s) => s.latest?.revision);
  useEffect(() => {
    if (revision !== undefined) markRevision(SHOWN_MARK, revision);
  }, [revision]);
  return null;
}
