import { useId } from 'react';
import { STARTUP_EXPLICIT } from '../../../core/model/types';
import { useGraphActionsContext } from '../context';
import type { CliqueVertex, Topology } from '../model/topology';

/**
 * The cliques this one starts after: remove one, or add one (which, outside Explicit startup, first
 * asks to switch to Explicit). The keyboard way to do what connecting two nodes does.
 */
export function StartsAfter({
  vertex,
  topology,
  editable,
}: {
  vertex: CliqueVertex;
  topology: Topology;
  editable: boolean;
}) {
  const actions = useGraphActionsContext();
  const id = useId();
  const explicit = topology.startupType === STARTUP_EXPLICIT;
  const edges = topology.edges.filter((e) => e.target === vertex.id && e.kind === 'explicit');
  const written = vertex.clique.startsAfter;
  const candidates = topology.cliques.filter(
    (c) => c.id !== vertex.id && c.clique.name !== '' && !written.includes(c.clique.name),
  );
  return (
    <div className="inspector-field">
      <label htmlFor={id}>Starts after</label>
      {explicit ? (
        <ul className="inspector-deps">
          {edges.map((e) => (
            <li key={e.id}>
              <span className="mono">{e.after}</span>
              <button
                type="button"
                disabled={!editable}
                aria-label={`Remove: ${vertex.clique.name} starts after ${e.after}`}
                onClick={() => actions.disconnect(e.id)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted inspector-note">
          {written.length > 0
            ? `startsAfter: ${written.join(', ')} (ignored unless Explicit)`
            : 'No dependencies.'}
        </p>
      )}
      <select
        id={id}
        value=""
        disabled={!editable || candidates.length === 0}
        onChange={(e) => {
          if (e.target.value) actions.connect(e.target.value, vertex.id);
        }}
      >
        <option value="">Add a clique it waits for…</option>
        {candidates.map((c) => (
          <option key={c.id} value={c.id}>
            {c.clique.name}
          </option>
        ))}
      </select>
    </div>
  );
}
