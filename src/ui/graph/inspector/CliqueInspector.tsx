import type { EditCommand } from '../../../core/edit/types';
import { useGraphActionsContext } from '../context';
import type { CliqueVertex, Topology } from '../model/topology';
import { countOf, Field } from './Field';
import { StartsAfter } from './StartsAfter';

const GPU = 'nvidia.com/gpu';

/** Name, counts, GPUs, autoscaler range and dependencies of one clique. */
export function CliqueInspector({
  vertex,
  topology,
  editable,
}: {
  vertex: CliqueVertex;
  topology: Topology;
  editable: boolean;
}) {
  const actions = useGraphActionsContext();
  const c = vertex.clique;
  const ref = vertex.ref;
  const run = (command: EditCommand) => actions.run([command]);
  const range = (min: string, max: string) =>
    run({
      type: 'setCliqueAutoscaler',
      clique: ref,
      range:
        max === '' ? null : { ...(min === '' ? {} : { minReplicas: Number(min) }), maxReplicas: Number(max) },
    });
  const autoMin = c.autoscaler ? String(c.autoscaler.min) : '';
  const autoMax = c.autoscaler ? String(c.autoscaler.max) : '';
  return (
    <>
      <h3>
        Clique <span className="mono">{c.name || '(no name)'}</span>
      </h3>
      <Field
        label="Name"
        value={c.name}
        disabled={!editable}
        onCommit={(to) => actions.finishRename(vertex.id, to)}
      />
      <Field
        label="Replicas"
        numeric
        value={String(c.replicas)}
        disabled={!editable}
        onCommit={(t) => run({ type: 'setCliqueReplicas', clique: ref, replicas: Number(t) })}
      />
      <Field
        label="minAvailable"
        numeric
        value={String(c.minAvailable)}
        placeholder="= replicas"
        hint="Empty removes it (Grove then uses replicas)"
        disabled={!editable}
        onCommit={(t) => run({ type: 'setCliqueMinAvailable', clique: ref, minAvailable: countOf(t) })}
      />
      <Field
        label="GPUs (nvidia.com/gpu)"
        value={c.requests[GPU] ?? ''}
        placeholder="none"
        hint="Request of the first container; the limit is set to the same value. Empty removes it."
        disabled={!editable}
        onCommit={(t) =>
          run({ type: 'setContainerRequests', clique: ref, requests: { [GPU]: t === '' ? null : t } })
        }
      />
      <div className="inspector-pair">
        <Field
          label="Autoscale min"
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
          hint="Empty removes the autoscaler"
          disabled={!editable}
          onCommit={(t) => range(autoMin, t)}
        />
      </div>
      <p className="muted inspector-note">
        {vertex.parent ? `In scaling group ${c.scalingGroup}.` : 'Standalone (in no scaling group).'} Role{' '}
        <span className="mono">{c.roleName || '—'}</span>.
      </p>
      <StartsAfter vertex={vertex} topology={topology} editable={editable} />
      <button
        type="button"
        className="inspector-delete"
        disabled={!editable}
        onClick={() => actions.remove(vertex.id)}
      >
        Delete clique
      </button>
    </>
  );
}
