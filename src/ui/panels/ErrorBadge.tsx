import { plural } from '../format';
import { useAnalysis } from '../hooks/useAnalysis';

/** The number of errors, on the Problems tab. */
export function ErrorBadge() {
  const errors = useAnalysis((s) => s.latest?.errors ?? 0);
  return errors > 0 ? (
    <span className="tab-badge" aria-label={plural(errors, 'error')}>
      {errors}
    </span>
  ) : null;
}
