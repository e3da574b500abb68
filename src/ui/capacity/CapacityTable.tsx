import type { CapacityRow, CapacityView } from '../../core/capacity-view/view';
import type { Level } from '../../core/resources';
import { formatCount, plural } from '../format';
import { NodesCellView } from './NodesCellView';
import { resourceLabel } from './levels';

function scopeLabel(row: CapacityRow, level: Level, pcsReplicas: CapacityView['pcsReplicas']) {
  switch (row.scope) {
    case 'podClique':
      return (
        <>
          <span className="mono">{row.label}</span> <span className="muted">PodClique</span>
        </>
      );
    case 'groupReplica':
      return (
        <>
          <span className="mono">{row.label}</span> <span className="muted">one replica</span>
        </>
      );
    case 'groupReplicas':
      return (
        <>
          <span className="mono">{row.label}</span>{' '}
          <span className="muted">× {plural(row.times?.[level] ?? 0, 'replica')}</span>
        </>
      );
    case 'pcsReplica':
      return <strong>One PodCliqueSet replica</strong>;
    case 'total':
      return (
        <strong>
          Total <span className="muted">× {plural(pcsReplicas, 'PCS replica')}</span>
        </strong>
      );
  }
}

/** Requests per scope at one level, with the minimum nodes of the chosen shape. */
export function CapacityTable({ view, level }: { view: CapacityView; level: Level }) {
  return (
    <div className="capacity-table-wrap">
      <table className="capacity-table">
        <caption className="visually-hidden">Requests per scope</caption>
        <thead>
          <tr>
            <th scope="col">Scope</th>
            <th scope="col">Pods</th>
            {view.resources.map((r) => (
              <th key={r} scope="col" title={r}>
                {resourceLabel(r)}
              </th>
            ))}
            <th scope="col">Nodes</th>
          </tr>
        </thead>
        <tbody>
          {view.rows.map((row, n) => {
            const cell = row.levels[level];
            const member = row.scope === 'podClique' && row.scalingGroup !== null;
            return (
              <tr key={n} className={`scope-${row.scope}${member ? ' member' : ''}`}>
                <th scope="row">{scopeLabel(row, level, view.pcsReplicas)}</th>
                <td>{formatCount(cell.pods)}</td>
                {view.resources.map((r) => (
                  <td
                    key={r}
                    className="mono"
                    title={row.perPod?.[r] ? `${row.perPod[r]} per pod` : undefined}
                  >
                    {cell.resources[r] ?? <span className="muted">–</span>}
                  </td>
                ))}
                <td>
                  <NodesCellView nodes={cell.nodes} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
