import type { CapacityView } from '../../core/capacity-view/view';
import { LEVELS, type Level } from '../../core/resources';
import { formatCount } from '../format';
import { NodesCellView } from './NodesCellView';
import { LEVEL_LABEL, resourceLabel } from './levels';

/** The totals at the three levels side by side: what a planner reads first. */
export function CapacitySummary({
  view,
  level,
  onLevel,
}: {
  view: CapacityView;
  level: Level;
  onLevel: (l: Level) => void;
}) {
  const total = view.rows.find((r) => r.scope === 'total');
  if (!total) return null;
  return (
    <div className="capacity-summary" role="radiogroup" aria-label="Level">
      {LEVELS.map((l) => {
        const cell = total.levels[l];
        return (
          <button
            key={l}
            type="button"
            role="radio"
            aria-checked={l === level}
            className="summary-card"
            data-testid={`capacity-total-${l}`}
            onClick={() => onLevel(l)}
          >
            <span className="summary-card-title">{LEVEL_LABEL[l]}</span>
            <span className="summary-card-main">
              <strong>{formatCount(cell.pods)}</strong> pods
            </span>
            {view.resources.map((r) => (
              <span key={r} className="summary-card-line">
                <span className="muted">{resourceLabel(r)}</span>{' '}
                <span className="mono">{cell.resources[r] ?? '0'}</span>
              </span>
            ))}
            <span className="summary-card-line">
              <span className="muted">Nodes</span> <NodesCellView nodes={cell.nodes} />
            </span>
          </button>
        );
      })}
    </div>
  );
}
