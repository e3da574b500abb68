import { useMemo, useState } from 'react';
import type { EditCommand } from '../../../core/edit/types';
import { STARTUP_EXPLICIT } from '../../../core/model/types';
import { positionKey, type Selection } from '../../../store/selection';
import { useDesignerContext } from '../../DesignerContext';
import type { XY } from '../layout/types';
import { newCliqueName, newGroupName } from '../model/new-names';
import { pointIn } from '../model/positions';
import type { Scene } from '../model/scene';
import { selectionFor } from '../model/selection';
import type { CliqueVertex, GroupVertex, Topology } from '../model/topology';
import type { RunCommands, Status } from './useCommandRunner';

/** A connection waiting for the user to agree that the startup type becomes Explicit. */
export interface PendingConnect {
  readonly after: string;
  readonly dependent: CliqueVertex;
  readonly startupType: string;
}

/** Everything a gesture on the canvas, the palette or the inspector can do. */
export interface GraphActions {
  readonly run: RunCommands;
  readonly select: (id: string | null) => void;
  readonly startRename: (id: string) => void;
  /** Renames (null: cancels). False when the name was refused: the field stays open. */
  readonly finishRename: (id: string, to: string | null) => boolean;
  readonly remove: (id: string) => void;
  readonly connect: (sourceId: string, targetId: string) => void;
  readonly confirmConnect: () => void;
  readonly cancelConnect: () => void;
  /** Removes the `startsAfter` entry an edge stands for. */
  readonly disconnect: (edgeId: string) => void;
  readonly nudge: (id: string, dx: number, dy: number) => void;
  readonly addClique: (group: GroupVertex | null, at?: XY) => void;
  readonly addScalingGroup: (at?: XY) => void;
  /** Forgets every dragged position of this document: the layout places everything again. */
  readonly tidy: () => void;
}

interface Inputs {
  readonly topology: Topology;
  readonly scene: Scene;
  readonly document: number;
  readonly run: RunCommands;
  readonly report: (status: Status | null) => void;
}

/** The graph's actions, and the UI state they drive (which node is being renamed, the connect question). */
export function useGraphActions({ topology, scene, document, run, report }: Inputs) {
  const { store, core } = useDesignerContext();
  const [renaming, setRenaming] = useState<string | null>(null);
  const [pending, setPending] = useState<PendingConnect | null>(null);

  const actions = useMemo<GraphActions>(() => {
    const state = () => store.getState();
    /**
     * Selects an item a command just made (or renamed) once the analysis has seen it, so that the editor
     * can reveal its YAML; a later selection made meanwhile wins.
     */
    const selectWhenShown = (selection: Selection, revision: number) => {
      const before = state().selection;
      const apply = () => {
        if (state().selection === before) state().select(selection, 'graph');
      };
      if ((core.getState().latest?.revision ?? -1) >= revision) return apply();
      const stop = core.subscribe(() => {
        if ((core.getState().latest?.revision ?? -1) < revision) return;
        stop();
        apply();
      });
    };
    const cliqueOf = (id: string) => topology.cliques.find((c) => c.id === id);
    const groupOf = (id: string) => topology.groups.find((g) => g.id === id);
    const groupName = (id: string | null) => (id === null ? null : (groupOf(id)?.group.name ?? null));
    const keyOf = (kind: 'clique' | 'scalingGroup', name: string) => positionKey(document, kind, name);
    const select = (id: string | null) =>
      state().select(id === null ? null : selectionFor(id, topology, document), 'graph');

    const renamePositions = (
      kind: 'clique' | 'scalingGroup',
      from: string,
      to: string,
      members: string[],
    ) => {
      const { positions, setPosition, forgetPositions } = state();
      const old = positions[keyOf(kind, from)];
      if (old) setPosition(keyOf(kind, to), old);
      for (const m of members) {
        const p = positions[keyOf('clique', m)];
        if (p?.in === from) setPosition(keyOf('clique', m), { ...p, in: to });
      }
      forgetPositions([keyOf(kind, from)]);
    };

    const finishRename = (id: string, to: string | null): boolean => {
      const clique = cliqueOf(id);
      const group = groupOf(id);
      const current = clique?.clique.name ?? group?.group.name;
      if (to === null || to === current || (!clique && !group)) {
        setRenaming(null);
        return true;
      }
      const command: EditCommand = clique
        ? { type: 'renameClique', clique: clique.ref, to }
        : { type: 'renameScalingGroup', group: group!.ref, to };
      const revision = run([command]);
      if (revision === null) return false;
      setRenaming(null);
      if (current) {
        const members = group ? group.members.map((m) => cliqueOf(m)!.clique.name) : [];
        renamePositions(clique ? 'clique' : 'scalingGroup', current, to, members);
      }
      selectWhenShown({ kind: clique ? 'clique' : 'scalingGroup', document, name: to }, revision);
      return true;
    };

    const connectNow = (after: string, dependent: CliqueVertex, switchType: boolean) => {
      const add: EditCommand = { type: 'addStartsAfter', clique: dependent.ref, after };
      run(switchType ? [{ type: 'setStartupType', startupType: STARTUP_EXPLICIT }, add] : [add]);
    };

    return {
      run,
      select,
      startRename: (id) => {
        if (cliqueOf(id) || groupOf(id)) setRenaming(id);
      },
      finishRename,
      remove: (id) => {
        const clique = cliqueOf(id);
        const group = groupOf(id);
        if (!clique && !group) return;
        const done = run([
          clique
            ? { type: 'removeClique', clique: clique.ref }
            : { type: 'removeScalingGroup', group: group!.ref },
        ]);
        if (done === null) return;
        const name = clique?.clique.name ?? group!.group.name;
        state().forgetPositions([keyOf(clique ? 'clique' : 'scalingGroup', name)]);
        select(null);
      },
      connect: (sourceId, targetId) => {
        const source = cliqueOf(sourceId);
        const target = cliqueOf(targetId);
        if (!source || !target || source === target) return;
        if (source.clique.name === '') {
          report({ tone: 'error', text: 'A clique without a name cannot be waited for: name it first.' });
          return;
        }
        if (topology.startupType === STARTUP_EXPLICIT) connectNow(source.clique.name, target, false);
        else setPending({ after: source.clique.name, dependent: target, startupType: topology.startupType });
      },
      confirmConnect: () => {
        if (pending) connectNow(pending.after, pending.dependent, true);
        setPending(null);
      },
      cancelConnect: () => setPending(null),
      disconnect: (edgeId) => {
        const edge = topology.edges.find((e) => e.id === edgeId);
        if (edge?.kind === 'explicit')
          run([{ type: 'removeStartsAfter', clique: edge.dependent, after: edge.after }]);
      },
      nudge: (id, dx, dy) => {
        const clique = cliqueOf(id);
        const group = groupOf(id);
        const key = clique?.key ?? group?.key ?? null;
        const box = scene.boxes.get(id);
        if (!box || key === null) {
          report({
            tone: 'error',
            text: 'Only an item with a unique name can be placed by hand: rename it first.',
          });
          return;
        }
        const parent = groupName(box.parent);
        state().setPosition(
          keyOf(clique ? 'clique' : 'scalingGroup', key),
          pointIn({ x: box.x + dx, y: box.y + dy }, parent),
        );
      },
      addClique: (group, at) => {
        const name = newCliqueName(topology, group?.group.name ?? null);
        if (name === undefined) {
          report({
            tone: 'error',
            text: "The names around it leave no room for a clique name within Grove's 45 characters.",
          });
          return;
        }
        const command: EditCommand =
          group && group.group.name !== ''
            ? { type: 'addClique', name, group: group.group.name }
            : { type: 'addClique', name };
        const revision = run([command]);
        if (revision === null) return;
        if (at) {
          const parent = group ? scene.boxes.get(group.id) : undefined;
          const rel = parent ? { x: at.x - parent.abs.x, y: at.y - parent.abs.y } : at;
          state().setPosition(keyOf('clique', name), pointIn(rel, group?.group.name ?? null));
        }
        selectWhenShown({ kind: 'clique', document, name }, revision);
      },
      addScalingGroup: (at) => {
        const name = newGroupName(topology, []);
        if (name === undefined) {
          report({
            tone: 'error',
            text: "The names around it leave no room for a group name within Grove's 45 characters.",
          });
          return;
        }
        const revision = run([{ type: 'addScalingGroup', name, cliques: [] }]);
        if (revision === null) return;
        if (at) state().setPosition(keyOf('scalingGroup', name), pointIn(at, null));
        selectWhenShown({ kind: 'scalingGroup', document, name }, revision);
      },
      tidy: () => {
        const prefix = `${document}/`;
        state().forgetPositions(Object.keys(state().positions).filter((k) => k.startsWith(prefix)));
      },
    };
  }, [store, core, topology, scene, document, run, report, pending]);

  return { actions, renaming, pending };
}
