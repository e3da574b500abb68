import { isSummaryRow, type CapacityRow, type CapacityView } from '../../core/capacity-view/view';
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

/**
 * Rows drawn before the table says how many it left out: a design of 10,000 cliques would otherwise
 * take 400 ms to draw its table. The PodCliqueSet replica and total rows are always drawn (and count
 * every row, shown or not).
 */
export const MAX_SCOPE_ROWS = 300;

/** Requests per scope at one level, with the minimum nodes of the chosen shape. */
export function CapacityTable({ view, level }: { view: CapacityView; level: Level }) {
  const scoped = view.rows.filter((row) => !isSummaryRow(row));
  const hidden = (view.omittedRows ?? 0) + scoped.length - Math.min(scoped.length, MAX_SCOPE_ROWS);
  const renderRow = (row: CapacityRow, n: number) => {
    const cell = row.levels[level];
    const member = row.scope === 'podClique' && row.scalingGroup !== null;
    return (
      <tr key={n} className={`scope-${row.scope}${member ? ' member' : ''}`}>
        <th scope="row">{scopeLabel(row, level, view.pcsReplicas)}</th>
        <td>{formatCount(cell.pods)}</td>
        {view.resources.map((r) => (
          <td key={r} className="mono" title={row.perPod?.[r] ? `${row.perPod[r]} per pod` : undefined}>
            {cell.resources[r] ?? <span className="muted">–</span>}
          </td>
        ))}
        <td>
          <NodesCellView nodes={cell.nodes} />
        </td>
      </tr>
    );
  };
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
          {scoped.slice(0, MAX_SCOPE_ROWS).map(renderRow)}
          {hidden > 0 && (
            <tr className="capacity-hidden">
              <td colSpan={view.resources.length + 3} className="muted">
                {plural(hidden, 'more row')} not drawn here (the totals count them); export the expansion from
                the File menu for every PodClique.
              </td>
            </tr>
          )}
          {view.rows.filter(isSummaryRow).map((row, n) => renderRow(row, MAX_SCOPE_ROWS + n))}
        </tbody>
      </table>
    </div>
  );
}
