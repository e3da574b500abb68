import type { GroupLayout, Layout, Slot } from '../../core/expand/layout';
import { gangMembership, gangOfGroupReplica } from '../../core/gangs/membership';
import {
  basePodGangName,
  effectiveGeneratePrefix,
  groupPodCliqueName,
  headlessServiceName,
  podHostname,
  scalingGroupName,
  standalonePodCliqueName,
} from '../../core/names/names';
import type { NameRef } from './types';

/** The generated name a reference points at in the design as it stands, or why there is none. */
export type Resolved = { readonly name: string } | { readonly problem: string };

interface Place {
  readonly slot: Slot | null;
  readonly group: GroupLayout | null;
}

function placeOf(layout: Layout, ref: NameRef): Place | string {
  if (ref.clique !== undefined) {
    const standalone = layout.standalone.find((s) => s.clique.name === ref.clique);
    if (standalone) return { slot: standalone, group: null };
    for (const group of layout.groups) {
      const slot = group.members.find((s) => s.clique.name === ref.clique);
      if (slot) return { slot, group };
    }
    return `the design has no clique named "${ref.clique}"`;
  }
  const group = layout.groups.find((g) => g.name === ref.group);
  return group ? { slot: null, group } : `the design has no scaling group named "${ref.group ?? ''}"`;
}

function outOfRange(layout: Layout, ref: NameRef, place: Place): string | null {
  if (BigInt(ref.pcsReplica) >= layout.replicas) return `the PodCliqueSet has no replica ${ref.pcsReplica}`;
  if (place.group && ref.groupReplica >= place.group.replicas)
    return `scaling group "${place.group.name}" has no replica ${ref.groupReplica}`;
  if (place.slot && (ref.kind === 'hostname' || ref.kind === 'pod') && ref.pod >= place.slot.pods)
    return `clique "${place.slot.clique.name}" has no pod ${ref.pod}`;
  return null;
}

function podCliqueOf(layout: Layout, ref: NameRef, place: Place): string {
  const clique = place.slot?.clique.name ?? '';
  return place.group
    ? groupPodCliqueName(layout.pcs, ref.pcsReplica, place.group.name, ref.groupReplica, clique)
    : standalonePodCliqueName(layout.pcs, ref.pcsReplica, clique);
}

function gangOf(layout: Layout, ref: NameRef, group: GroupLayout | null): string {
  if (!group) return basePodGangName(layout.pcs, ref.pcsReplica);
  const gangs = gangMembership(layout).groups.find((g) => g.scalingGroup === group.name)!;
  return gangOfGroupReplica(layout.pcs, BigInt(ref.pcsReplica), gangs, BigInt(ref.groupReplica));
}

/**
 * Resolves a reference with Grove's formulas (REFERENCE (c), (f)). For a pod the name is the
 * `generateName` prefix: the five random characters after it are the API server's.
 */
export function resolveName(layout: Layout, ref: NameRef): Resolved {
  const place = ref.kind === 'service' ? { slot: null, group: null } : placeOf(layout, ref);
  if (typeof place === 'string') return { problem: place };
  const problem = outOfRange(layout, ref, place);
  if (problem) return { problem };
  switch (ref.kind) {
    case 'podClique':
      return { name: podCliqueOf(layout, ref, place) };
    case 'hostname':
      return { name: podHostname(podCliqueOf(layout, ref, place), ref.pod) };
    case 'pod':
      return { name: effectiveGeneratePrefix(podCliqueOf(layout, ref, place)) };
    case 'podGang':
      return { name: gangOf(layout, ref, place.group) };
    case 'service':
      return { name: headlessServiceName(layout.pcs, ref.pcsReplica) };
    case 'scalingGroup':
      return place.group
        ? { name: scalingGroupName(layout.pcs, ref.pcsReplica, place.group.name) }
        : { problem: `clique "${ref.clique ?? ''}" is not in a scaling group` };
  }
}

const POD_SUFFIX = /^[a-z0-9]{5}$/;

/** Whether a typed name is the resolved one; a pod name may end in any five-character suffix. */
export function nameMatches(ref: NameRef, expected: string, typed: string): boolean {
  const answer = typed.trim();
  if (ref.kind !== 'pod') return answer === expected;
  return answer.startsWith(expected) && POD_SUFFIX.test(answer.slice(expected.length));
}
