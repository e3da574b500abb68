import { useAnalysis } from '../hooks/useAnalysis';

/** The number of errors, on the Problems tab. */
export function ErrorBadge() {
  const errors = useAnalysis((s) => s.latest?.errors ?? 0);
  return errors > 0 ? (
    <span className="tab-badge" aria-label={errors === 1 ? '1 error' : `${errors} errors`}>
      {errors}
    </span>
  ) : null;
}
