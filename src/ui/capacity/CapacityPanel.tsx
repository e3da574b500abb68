import { useState } from 'react';
import type { Level } from '../../core/resources';
import { capacityViewQuery } from '../../worker/queries/capacity-view';
import { useAnalysis } from '../hooks/useAnalysis';
import { CapacitySummary } from './CapacitySummary';
import { CapacityTable, MAX_SCOPE_ROWS } from './CapacityTable';
import { GangView } from './GangView';
import { LEVEL_HINT } from './levels';
import { DEFAULT_SHAPE, NodeShapeForm, shapeOf } from './NodeShapeForm';
import { useQueryResult } from './useQueryResult';
import '../tree/tree.css';
import './capacity.css';

/**
 * Gangs and capacity: which pods are scheduled together, and what the design asks of the cluster per
 * PodClique, scaling-group replica, PodCliqueSet replica and in total, at replicas, at the gang floor
 * and at the autoscaler maximum, with the nodes of a given shape it needs.
 */
export function CapacityPanel() {
  const replicas = useAnalysis((s) => s.lastGood?.active?.design.replicas ?? 0);
  const [fields, setFields] = useState(DEFAULT_SHAPE);
  const [level, setLevel] = useState<Level>('replicas');
  const shape = shapeOf(fields);
  const view = useQueryResult(capacityViewQuery, { shape, limit: MAX_SCOPE_ROWS }, JSON.stringify(shape));
  return (
    <section className="capacity" aria-label="Capacity">
      <h2 className="panel-title">Gangs and capacity</h2>
      <div className="capacity-body">
        <h3>PodGangs</h3>
        <GangView replicas={replicas} />
        <h3>Capacity</h3>
        <NodeShapeForm value={fields} onChange={setFields} problems={view?.shapeProblems ?? []} />
        {view && (
          <>
            <CapacitySummary view={view} level={level} onLevel={setLevel} />
            <p className="muted level-hint">{LEVEL_HINT[level]}</p>
            <CapacityTable view={view} level={level} />
            {view.problems.length > 0 && (
              <ul className="capacity-problems">
                {view.problems.map((p) => (
                  <li key={p}>Not counted: {p}</li>
                ))}
              </ul>
            )}
            <p className="muted capacity-note">
              Requests as the scheduler counts them: a resource with only a limit requests its limit, init
              containers count by their largest need, sidecars add up. Nodes: no placement needs fewer than
              the first number; packing whole pods first-fit needs the second when it differs. DaemonSets,
              system reservations and topology are not counted.
            </p>
          </>
        )}
      </div>
    </section>
  );
}
