import type { GoalState } from './useGoalReport';
import { RichText } from './RichText';

/** The goal, line by line: met (✓) or not yet (○), with what is still missing. */
export function GoalChecklist({ state }: { readonly state: GoalState }) {
  const { report, fresh } = state;
  const met = fresh && report?.met === true;
  const done = report?.checks.filter((c) => c.met).length ?? 0;
  const status = !report
    ? 'Checking…'
    : met
      ? 'Goal met'
      : `Not yet: ${done} of ${report.checks.length} done`;
  return (
    <div className={`goal${met ? ' is-met' : ''}${fresh ? '' : ' is-checking'}`}>
      <p className="goal-status" role="status" data-testid="goal-status" data-met={met}>
        <span aria-hidden="true">{met ? '✓ ' : '○ '}</span>
        {status}
      </p>
      {report && (
        <ul className="goal-checks" aria-label="Goal">
          {report.checks.map((check, i) => (
            <li key={i} className="goal-check" data-met={check.met}>
              <span className="goal-mark" aria-hidden="true">
                {check.met ? '✓' : '○'}
              </span>
              <span>
                <span className="visually-hidden">{check.met ? 'Done: ' : 'Not yet: '}</span>
                <RichText text={check.label} />
                {check.detail && <span className="goal-detail"> — {check.detail}</span>}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
