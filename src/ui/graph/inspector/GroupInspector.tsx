import type { EditCommand } from '../../../core/edit/types';
import { useGraphActionsContext } from '../context';
import type { GroupVertex, Topology } from '../model/topology';
import { countOf, Field } from './Field';

/** Name, replicas, minAvailable and scale range of one scaling group. */
export function GroupInspector({
  vertex,
  topology,
  editable,
}: {
  vertex: GroupVertex;
  topology: Topology;
  editable: boolean;
}) {
  const actions = useGraphActionsContext();
  const g = vertex.group;
  const ref = vertex.ref;
  const run = (command: EditCommand) => actions.run([command]);
  const range = (min: string, max: string) =>
    run({
      type: 'setGroupScaleConfig',
      group: ref,
      range:
        max === '' ? null : { ...(min === '' ? {} : { minReplicas: Number(min) }), maxReplicas: Number(max) },
    });
  const autoMin = g.autoscaler ? String(g.autoscaler.min) : '';
  const autoMax = g.autoscaler ? String(g.autoscaler.max) : '';
  const members = vertex.members.map((id) => topology.cliques.find((c) => c.id === id)!.clique.name);
  return (
    <>
      <h3>
        Scaling group <span className="mono">{g.name || '(no name)'}</span>
      </h3>
      <Field
        label="Name"
        value={g.name}
        disabled={!editable}
        onCommit={(to) => actions.finishRename(vertex.id, to)}
      />
      <Field
        label="Replicas"
        numeric
        value={String(g.replicas)}
        disabled={!editable}
        onCommit={(t) => run({ type: 'setGroupReplicas', group: ref, replicas: countOf(t) })}
      />
      <Field
        label="minAvailable"
        numeric
        value={String(g.minAvailable)}
        placeholder="1"
        hint="Empty removes it (Grove then uses 1)"
        disabled={!editable}
        onCommit={(t) => run({ type: 'setGroupMinAvailable', group: ref, minAvailable: countOf(t) })}
      />
      <div className="inspector-pair">
        <Field
          label="Scale min"
          numeric
          value={autoMin}
          placeholder="—"
          disabled={!editable}
          onCommit={(t) => range(t, autoMax)}
        />
        <Field
          label="max"
          numeric
          value={autoMax}
          placeholder="off"
          hint="Empty removes scaleConfig"
          disabled={!editable}
          onCommit={(t) => range(autoMin, t)}
        />
      </div>
      <p className="muted inspector-note">
        {members.length > 0 ? `Cliques: ${members.join(', ')}.` : 'No cliques yet: drag some in.'}
      </p>
      <button
        type="button"
        className="inspector-delete"
        disabled={!editable}
        onClick={() => actions.remove(vertex.id)}
      >
        Delete scaling group
      </button>
    </>
  );
}
