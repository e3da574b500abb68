import { roomFor, uniqueName } from '../../../core/edit/names';
import type { Topology } from './topology';

/**
 * The name the palette gives a new clique (`clique`, `clique-2`...), short enough for Grove's
 * 45-character budget with the PodCliqueSet and the group it goes into. Undefined when none fits.
 */
export function newCliqueName(topology: Topology, group: string | null): string | undefined {
  const taken = new Set(topology.cliques.map((c) => c.clique.name));
  return uniqueName('clique', taken, roomFor(topology.name || undefined, group?.length ?? 0));
}

/** The name for a new scaling group holding `members`. */
export function newGroupName(topology: Topology, members: readonly string[]): string | undefined {
  const taken = new Set(topology.groups.map((g) => g.group.name));
  const longest = Math.max(1, ...members.map((m) => m.length));
  return uniqueName('group', taken, roomFor(topology.name || undefined, longest));
}
