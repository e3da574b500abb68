import { useGraphActionsContext } from '../context';
import { FRAME_ID, type Topology } from '../model/topology';
import { CliqueInspector } from './CliqueInspector';
import { GroupInspector } from './GroupInspector';
import { PcsInspector } from './PcsInspector';
import './inspector.css';

/**
 * Over the canvas' right edge while something is selected: the selected node's fields. Every change
 * is one command, one undo step.
 */
export function Inspector({
  topology,
  selected,
  editable,
}: {
  topology: Topology;
  selected: ReadonlySet<string>;
  editable: boolean;
}) {
  const actions = useGraphActionsContext();
  const [id] = selected;
  const clique = id ? topology.cliques.find((c) => c.id === id) : undefined;
  const group = id ? topology.groups.find((g) => g.id === id) : undefined;
  if (!clique && !group && id !== FRAME_ID) return null;
  return (
    <aside className="graph-inspector" aria-label="Inspector">
      <button
        type="button"
        className="inspector-close"
        aria-label="Close the inspector"
        onClick={() => actions.select(null)}
      >
        ×
      </button>
      {clique ? (
        <CliqueInspector key={clique.id} vertex={clique} topology={topology} editable={editable} />
      ) : group ? (
        <GroupInspector key={group.id} vertex={group} topology={topology} editable={editable} />
      ) : (
        <PcsInspector topology={topology} editable={editable} />
      )}
    </aside>
  );
}
