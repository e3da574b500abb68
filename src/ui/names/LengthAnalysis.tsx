import type { NameBudget } from '../../core/budget/name-budget';
import { NameView } from './NameView';

/**
 * The naming guide's "Name Length Analysis": the longest pod name and its headroom to 63 characters,
 * next to Grove's stricter rule that the chosen names add up to at most 45.
 */
export function LengthAnalysis({ budget: b }: { budget: NameBudget }) {
  return (
    <div className="length-analysis" data-testid="length-analysis">
      <div>
        <span className="muted">Longest pod name </span>
        <NameView anatomy={b.podName.anatomy} />
      </div>
      <p>
        <strong data-testid="longest-length">{b.podName.length} characters</strong>,{' '}
        <strong data-testid="longest-spare">{b.podName.spare} to spare</strong> of the 63 a pod name may have.
        Grove&apos;s stricter rule counts only the chosen names:{' '}
        <strong data-testid="longest-budget">
          {b.combined.used} of {b.combined.limit}
        </strong>{' '}
        ({b.combined.parts.map((p) => `${p.text} ${p.length}`).join(' + ')}).
      </p>
    </div>
  );
}
