import { gangReplicas } from '../../../core/expand';
import { useDesigner } from '../../hooks/useDesigner';

/** Whether the Capacity panel's "Show gangs on the graph" is on. */
export function useGangOverlay(): boolean {
  return useDesigner((s) => s.view.gangOverlay ?? false);
}

/**
 * A scaling group's replicas by PodGang (REFERENCE (f)): those below minAvailable are in the base gang,
 * scheduled all at once with the standalone cliques; every further replica is a scaled gang of its own.
 */
export function GroupGangTags({ replicas, minAvailable }: { replicas: number; minAvailable: number }) {
  const on = useGangOverlay();
  if (!on) return null;
  const { baseReplicas: base, scaledReplicas: scaled } = gangReplicas(replicas, minAvailable);
  const title =
    `Replicas 0–${base - 1} are in the base PodGang` +
    (scaled > 0 ? `; replicas ${base}–${replicas - 1} each get a scaled PodGang of their own.` : '.');
  return (
    <span className="graph-gangs" title={base > 0 ? title : 'Every replica gets a scaled PodGang.'}>
      {base > 0 && <span className="graph-gang graph-gang-base">base ×{base}</span>}
      {scaled > 0 && <span className="graph-gang graph-gang-scaled">scaled ×{scaled}</span>}
    </span>
  );
}

/** A standalone clique's pods are all in the base gang. */
export function CliqueGangTag({ standalone }: { standalone: boolean }) {
  const on = useGangOverlay();
  if (!on || !standalone) return null;
  return (
    <span className="graph-gangs" title="A standalone clique's pods are all in the base PodGang.">
      <span className="graph-gang graph-gang-base">base</span>
    </span>
  );
}
