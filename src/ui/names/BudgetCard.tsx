import type { NameBudget } from '../../core/budget/name-budget';
import { formatCount } from '../format';
import { Meter } from './Meter';
import { partClass } from './roles';

const MOST = 2147483647n;

function fitText(n: bigint, what: string): string {
  if (n === 0n) return `${what}: none`;
  return n >= MOST ? `${what}: any count Kubernetes accepts` : `${what}: up to ${formatCount(n)}`;
}

interface Props {
  readonly budget: NameBudget;
  /** What-if inputs, given by the panel. */
  readonly whatIf: React.ReactNode;
  readonly findings: React.ReactNode;
}

/** One clique's name budgets: Grove's 45 characters, the 63 of label values and hostnames, what still fits. */
export function BudgetCard({ budget: b, whatIf, findings }: Props) {
  const fits = b.hostname.spare >= 0 && b.podClique.spare >= 0 && b.combined.used <= b.combined.limit;
  return (
    <article className="budget-card" aria-label={`Name budget of ${b.clique}`}>
      <h4>
        <span className={`${partClass('clique')} coloured mono`}>{b.clique}</span>
        {b.scalingGroup && (
          <span className="muted">
            {' '}
            in <span className={`${partClass('scalingGroup')} coloured mono`}>{b.scalingGroup}</span>
          </span>
        )}
        <span className={`budget-verdict ${fits ? 'ok' : 'bad'}`}>{fits ? 'fits' : 'does not fit'}</span>
      </h4>
      <Meter
        label="Grove's budget"
        used={b.combined.used}
        limit={b.combined.limit}
        detail={b.combined.parts.map((p) => `${p.text} ${p.length}`).join(' + ')}
      />
      <Meter
        label="PodClique name"
        used={b.podClique.length}
        limit={b.podClique.limit}
        detail={<span className="mono">{b.podClique.name}</span>}
      />
      <Meter
        label="Hostname"
        used={b.hostname.length}
        limit={b.hostname.limit}
        detail={<span className="mono">{b.hostname.name}</span>}
      />
      <Meter
        label="Pod name"
        used={b.podName.length}
        limit={b.podName.limit}
        detail={
          <span className="mono">
            {b.podName.name}
            {b.podName.cut ? ' (prefix cut at 58)' : ''}
          </span>
        }
      />
      <p className="budget-fit">
        Largest counts whose names fit (each with the other counts as they are):{' '}
        {fitText(b.fit.pcsReplicas, 'PodCliqueSet replicas')}
        {b.fit.groupReplicas !== null
          ? ` · ${fitText(b.fit.groupReplicas, `${b.scalingGroup} replicas`)}`
          : ''}
        {` · ${fitText(b.fit.pods, `${b.clique} pods`)}`}.
      </p>
      {whatIf}
      {findings}
    </article>
  );
}
