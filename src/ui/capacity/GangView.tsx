import { useState } from 'react';
import type { GangMembership, GroupGangs } from '../../core/gangs/membership';
import { basePodGangName } from '../../core/names/names';
import { gangMembershipQuery } from '../../worker/queries/gang-membership';
import { useDesigner } from '../hooks/useDesigner';
import { formatCount, plural } from '../format';
import { ScaledGangs } from './ScaledGangs';
import { useQueryResult } from './useQueryResult';

function range(from: number, to: number): string {
  return from === to ? `replica ${from}` : `replicas ${from}–${to}`;
}

/**
 * Floors drawn per list, at most: the 5 MB manifest's 9,929 standalone cliques as list items were a
 * 276 ms task when the Capacity tab opened.
 */
export const MAX_FLOORS = 50;

export function Floors({ m, group }: { m: GangMembership; group: string | null }) {
  const floors = m.floors.filter((f) => f.scalingGroup === group);
  const hidden = floors.length - Math.min(floors.length, MAX_FLOORS);
  return (
    <ul className="gang-groups">
      {floors.slice(0, MAX_FLOORS).map((f) => (
        <li key={f.clique}>
          <span className="mono">{f.clique}</span>{' '}
          <span className="muted">
            needs {f.minReplicas} of {plural(f.pods, 'pod')} (minReplicas)
          </span>
        </li>
      ))}
      {hidden > 0 && (
        <li className="muted" data-testid="floors-hidden">
          and {plural(hidden, 'more clique')}, each with its own floor (the pod tree lists them all)
        </li>
      )}
    </ul>
  );
}

function BaseGroup({ m, g }: { m: GangMembership; g: GroupGangs }) {
  return (
    <li>
      <strong className="mono">{g.scalingGroup}</strong> {range(0, g.baseReplicas - 1)} of {g.replicas}{' '}
      <span className="muted">(minAvailable {g.minAvailable}), each:</span>
      <Floors m={m} group={g.scalingGroup} />
    </li>
  );
}

/**
 * PodGangs of one PodCliqueSet replica (REFERENCE (f)): the base gang (standalone cliques and each scaling
 * group's replicas below minAvailable) is scheduled all at once; every further group replica is its own
 * scaled gang, released after the base gang.
 */
export function GangView({ replicas }: { replicas: number }) {
  const m = useQueryResult(gangMembershipQuery, {}, '');
  const overlay = useDesigner((s) => s.view.gangOverlay ?? false);
  const setView = useDesigner((s) => s.setView);
  const [i, setI] = useState(0);
  if (!m) return null;
  const replica = BigInt(Math.min(i, Math.max(0, replicas - 1)));
  const base = basePodGangName(m.pcs, replica);
  return (
    <div className="gangs" data-testid="gang-view">
      <div className="gangs-bar">
        <span>
          {plural(m.gangsPerReplica, 'PodGang')} per PodCliqueSet replica
          {replicas > 1 ? ' · showing replica ' : ''}
        </span>
        {replicas > 1 && (
          <input
            type="number"
            aria-label="PodCliqueSet replica"
            min={0}
            max={replicas - 1}
            value={Number(replica)}
            onChange={(e) => setI(Math.max(0, Number(e.target.value) || 0))}
          />
        )}
        <label className="gangs-overlay">
          <input
            type="checkbox"
            checked={overlay}
            onChange={(e) => setView({ gangOverlay: e.target.checked })}
          />
          Show gangs on the graph
        </label>
      </div>
      <section className="gang-card gang-card-base" aria-label={`Base PodGang ${base}`}>
        <h4>
          <span className="gang-tag gang-base">base gang</span> <span className="mono">{base}</span>{' '}
          <span className="muted">· {plural(m.basePods, 'pod')}, scheduled all together</span>
        </h4>
        <ul className="gang-members">
          {m.standalone.length > 0 && (
            <li>
              <strong>standalone</strong>
              <Floors m={m} group={null} />
            </li>
          )}
          {m.groups
            .filter((g) => g.baseReplicas > 0)
            .map((g) => (
              <BaseGroup key={g.scalingGroup} m={m} g={g} />
            ))}
        </ul>
      </section>
      {m.groups
        .filter((g) => g.scaledReplicas > 0)
        .map((g) => (
          <section
            key={g.scalingGroup}
            className="gang-card"
            aria-label={`Scaled PodGangs of ${g.scalingGroup}`}
          >
            <h4>
              <span className="gang-tag gang-scaled">scaled gangs</span>{' '}
              <strong className="mono">{g.scalingGroup}</strong> {range(g.baseReplicas, g.replicas - 1)}{' '}
              <span className="muted">
                · {formatCount(g.scaledReplicas)} {g.scaledReplicas === 1 ? 'gang' : 'gangs'} of{' '}
                {plural(g.podsPerReplica, 'pod')}, each released after the base gang
              </span>
            </h4>
            <Floors m={m} group={g.scalingGroup} />
            <ScaledGangs pcs={m.pcs} i={replica} group={g} />
          </section>
        ))}
    </div>
  );
}
