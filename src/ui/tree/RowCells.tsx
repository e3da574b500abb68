import type {
  GroupReplicaRowView,
  PodCliqueRowView,
  PodRowView,
  ReplicaRowView,
  ScalingGroupRowView,
} from '../../core/tree/rows';
import { NameView } from '../names/NameView';
import { formatCount, plural } from '../format';
import { Stepper } from './Stepper';

/** The cells of each kind of tree row: name, then counts or hostname, PodGang, then FQDN or startup. */

export function ReplicaCells({ row }: { row: ReplicaRowView }) {
  return (
    <>
      <span className="cell-name">
        <span className="kind-tag">PCS replica {formatCount(row.i)}</span>
        <NameView anatomy={row.name} focusable={false} />
      </span>
      <span className="cell">
        {plural(row.podCliques, 'PodClique')} · {plural(row.pods, 'pod')}
      </span>
      <span className="cell">{plural(row.podGangs, 'PodGang')}</span>
      <span className="cell muted">headless Service {row.name.name}</span>
    </>
  );
}

export function GroupCells({ row }: { row: ScalingGroupRowView }) {
  return (
    <>
      <span className="cell-name">
        <span className="kind-tag">scaling group</span>
        <NameView anatomy={row.name} focusable={false} />
      </span>
      <span className="cell">
        {plural(row.replicas, 'replica')}
        <Stepper
          what={`${row.template} replicas`}
          value={row.replicas}
          min={1}
          command={(replicas) => ({ type: 'setGroupReplicas', group: row.template, replicas })}
        />
        <span className="muted"> · {plural(row.pods, 'pod')}</span>
      </span>
      <span className="cell">
        min {row.minAvailable} · {row.baseReplicas} in base gang
      </span>
      <span className="cell muted">{plural(row.podsPerReplica, 'pod')} per replica</span>
    </>
  );
}

export function GroupReplicaCells({ row }: { row: GroupReplicaRowView }) {
  return (
    <>
      <span className="cell-name">
        <span className="kind-tag">
          {row.scalingGroup} replica {formatCount(row.j)}
        </span>
      </span>
      <span className="cell">{plural(row.pods, 'pod')}</span>
      <span className="cell">
        <span className={`gang-tag gang-${row.gangKind}`}>
          {row.gangKind === 'base' ? 'base gang' : 'scaled gang'}
        </span>{' '}
        <NameView anatomy={row.podGang} focusable={false} />
      </span>
      <span className="cell muted" />
    </>
  );
}

export function CliqueCells({ row }: { row: PodCliqueRowView }) {
  return (
    <>
      <span className="cell-name">
        <span className="kind-tag">PodClique</span>
        <NameView anatomy={row.name} focusable={false} />
      </span>
      <span className="cell">
        {plural(row.pods, 'pod')}
        <Stepper
          what={`${row.specTemplate} pods`}
          value={row.pods}
          min={1}
          command={(replicas) => ({ type: 'setCliqueReplicas', clique: row.specTemplate, replicas })}
        />
        <span className="muted"> · min {row.minAvailable}</span>
      </span>
      <span className="cell mono">{row.podGang}</span>
      <span className="cell muted">
        {row.startsAfter.length > 0 ? `waits for ${row.startsAfter.join(', ')}` : 'starts at once'}
      </span>
    </>
  );
}

export function PodCells({ row }: { row: PodRowView }) {
  return (
    <>
      <span className="cell-name">
        <NameView anatomy={row.name} focusable={false} className="pod-name" />
      </span>
      <span className="cell">
        <NameView anatomy={row.hostname} focusable={false} />
      </span>
      <span className="cell mono">{row.podGang}</span>
      <span className="cell">
        <NameView anatomy={row.fqdn} focusable={false} />
      </span>
    </>
  );
}
