import type { CliqueSummary, DesignSummary, ScalingGroupSummary } from '../../../core/analysis/types';
import type { ItemRef } from '../../../core/edit/types';
import { STARTUP_EXPLICIT, STARTUP_IN_ORDER } from '../../../core/model/types';

/** A clique as the canvas shows it. */
export interface CliqueVertex {
  readonly id: string;
  readonly clique: CliqueSummary;
  /** How commands name it: its name when it has a unique one, else its position in the list. */
  readonly ref: ItemRef;
  /** The name positions are stored under; null when the name is missing or written twice. */
  readonly key: string | null;
  /** Id of the scaling group that holds it, or null when standalone. */
  readonly parent: string | null;
}

export interface GroupVertex {
  readonly id: string;
  readonly group: ScalingGroupSummary;
  readonly ref: ItemRef;
  readonly key: string | null;
  /** Ids of its cliques, in the order of the `cliques` list. */
  readonly members: readonly string[];
}

/** `explicit`: a `startsAfter` entry (deletable); `inOrder`: implied by the list order. */
export type StartupKind = 'explicit' | 'inOrder';

/** "target starts after source": drawn from the clique that starts first to the one that waits. */
export interface StartupEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly kind: StartupKind;
  /** The `startsAfter` entry (the source's name) and the clique that lists it, for removal. */
  readonly after: string;
  readonly dependent: ItemRef;
}

/** The design as vertices and edges: the whole picture the canvas draws, derived, never stored. */
export interface Topology {
  readonly name: string;
  readonly replicas: number;
  readonly startupType: string;
  readonly cliques: readonly CliqueVertex[];
  readonly groups: readonly GroupVertex[];
  readonly edges: readonly StartupEdge[];
}

function counted(names: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  return counts;
}

/** Vertex ids: by name when the name is unique, by position otherwise (both nodes still show). */
export const cliqueId = (name: string) => `clique:${name}`;
export const groupId = (name: string) => `group:${name}`;
export const FRAME_ID = 'podCliqueSet';

function identify(name: string, index: number, counts: Map<string, number>, prefix: string) {
  const unique = name !== '' && counts.get(name) === 1;
  return unique
    ? { id: `${prefix}:${name}`, ref: name, key: name }
    : { id: `${prefix}#${index}`, ref: index, key: null };
}

function startupEdges(design: DesignSummary, cliques: readonly CliqueVertex[]): StartupEdge[] {
  const edges: StartupEdge[] = [];
  const seen = new Set<string>();
  const push = (source: CliqueVertex, target: CliqueVertex, kind: StartupKind) => {
    const id = `startup:${source.id}->${target.id}`;
    if (source === target || seen.has(id)) return;
    seen.add(id);
    edges.push({
      id,
      source: source.id,
      target: target.id,
      kind,
      after: source.clique.name,
      dependent: target.ref,
    });
  };
  if (design.startupType === STARTUP_IN_ORDER)
    for (let i = 1; i < cliques.length; i++) push(cliques[i - 1]!, cliques[i]!, 'inOrder');
  if (design.startupType === STARTUP_EXPLICIT) {
    const byName = new Map<string, CliqueVertex>();
    for (const v of cliques)
      if (v.clique.name !== '' && !byName.has(v.clique.name)) byName.set(v.clique.name, v);
    for (const target of cliques)
      for (const after of target.clique.startsAfter) {
        const source = byName.get(after);
        if (source) push(source, target, 'explicit');
      }
  }
  return edges;
}

/**
 * Maps the analysis' design summary to the canvas' vertices and edges. Startup edges follow Grove
 * (REFERENCE (g)): `startsAfter` under Explicit, the list order under InOrder, none under AnyOrder.
 */
export function topologyOf(design: DesignSummary): Topology {
  const groupCounts = counted(design.scalingGroups.map((g) => g.name));
  const groupIds = new Map<string, string>();
  const groupsBase = design.scalingGroups.map((group) => {
    const ident = identify(group.name, group.index, groupCounts, 'group');
    if (group.name !== '' && !groupIds.has(group.name)) groupIds.set(group.name, ident.id);
    return { ...ident, group };
  });
  const cliqueCounts = counted(design.cliques.map((c) => c.name));
  const cliques: CliqueVertex[] = design.cliques.map((clique) => ({
    ...identify(clique.name, clique.index, cliqueCounts, 'clique'),
    clique,
    parent: clique.scalingGroup === null ? null : (groupIds.get(clique.scalingGroup) ?? null),
  }));
  const groups: GroupVertex[] = groupsBase.map((g) => ({
    ...g,
    members: cliques.filter((c) => c.parent === g.id).map((c) => c.id),
  }));
  return {
    name: design.name,
    replicas: design.replicas,
    startupType: design.startupType,
    cliques,
    groups,
    edges: startupEdges(design, cliques),
  };
}

/** The short word for a startup type (`CliqueStartupTypeInOrder` -> `InOrder`). */
export function startupWord(startupType: string): string {
  return startupType.replace(/^CliqueStartupType/, '');
}
