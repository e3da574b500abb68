import type { NodesCell } from '../../core/capacity-view/view';
import { formatCount } from '../format';
import { resourceLabel } from './levels';

/** Minimum nodes: the lower bound, and what first-fit packing of whole pods uses when it differs. */
export function NodesCellView({ nodes }: { nodes: NodesCell | null }) {
  if (!nodes) return <span className="muted">–</span>;
  if (nodes.lowerBound === null)
    return (
      <span
        className="nodes-unfit"
        title={nodes.unschedulable.map((u) => `${u.label}: no room for ${u.short.join(', ')}`).join('\n')}
      >
        {nodes.unschedulable
          .map((u) => `${u.label} fits no node (${u.short.map(resourceLabel).join(', ')})`)
          .join('; ')}
      </span>
    );
  const same = BigInt(nodes.lowerBound) === BigInt(nodes.firstFit);
  return (
    <span
      title={`At least ${formatCount(nodes.lowerBound)} (by ${nodes.boundBy ? resourceLabel(nodes.boundBy) : 'count'}); first-fit packing of whole pods uses ${formatCount(nodes.firstFit)}.`}
    >
      <strong>{formatCount(nodes.lowerBound)}</strong>
      {!same && <span className="muted"> – {formatCount(nodes.firstFit)}</span>}
    </span>
  );
}
