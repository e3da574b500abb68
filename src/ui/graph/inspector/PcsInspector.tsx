import { useId } from 'react';
import { STARTUP_TYPES } from '../../../core/model/types';
import { useGraphActionsContext } from '../context';
import { startupWord, type Topology } from '../model/topology';
import { Field } from './Field';

/** The PodCliqueSet's replicas and startup type. */
export function PcsInspector({ topology, editable }: { topology: Topology; editable: boolean }) {
  const actions = useGraphActionsContext();
  const id = useId();
  return (
    <>
      <h3>
        PodCliqueSet <span className="mono">{topology.name || '(no name)'}</span>
      </h3>
      <Field
        label="Replicas"
        numeric
        value={String(topology.replicas)}
        disabled={!editable}
        onCommit={(t) => actions.run([{ type: 'setReplicas', replicas: Number(t) }])}
      />
      <div className="inspector-field">
        <label htmlFor={id}>Startup type</label>
        <select
          id={id}
          value={topology.startupType}
          disabled={!editable}
          onChange={(e) =>
            actions.run([
              { type: 'setStartupType', startupType: e.target.value as (typeof STARTUP_TYPES)[number] },
            ])
          }
        >
          {STARTUP_TYPES.map((t) => (
            <option key={t} value={t}>
              {startupWord(t)}
            </option>
          ))}
        </select>
      </div>
      <p className="muted inspector-note">
        {topology.cliques.length} cliques, {topology.groups.length} scaling groups.
      </p>
    </>
  );
}
