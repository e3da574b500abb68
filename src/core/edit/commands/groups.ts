import type { YAMLMap } from 'yaml';
import type { EditContext } from '../context';
import { removePair, setPair } from '../map-ops';
import { budgetProblem, nameProblem, roomFor, uniqueName } from '../names';
import { findEntry, seqAt, type Entry, type PcsNodes } from '../pcs-nodes';
import { PLACE } from '../placements';
import {
  collectRefs,
  groupReferences,
  removeReferences,
  renameReferences,
  sharingFilters,
  type Reference,
} from '../references';
import { refuse } from '../refuse';
import { map, scalar, seq, type Tree } from '../render';
import { formatString, scalarString } from '../scalar-text';
import { removeItems, replaceScalar } from '../seq-ops';
import type { EditCommand } from '../types';
import { addEntry, appendName, count, label, memberListOptions, named } from './kit';

type Of<T extends EditCommand['type']> = Extract<EditCommand, { type: T }>;

/** Names listed in a group's `cliqueNames`. */
function members(group: Entry): string[] {
  return (seqAt(group.map, 'cliqueNames')?.items ?? []).flatMap((n) => scalarString(n) ?? []);
}

/**
 * Where a clique is a member: `cliqueNames` entries and the groups' own resourceSharing filters
 * (which may only name members), in every group but `keep`.
 */
function membershipRefs(nodes: PcsNodes, clique: string, keep?: YAMLMap): Reference[] {
  const out: Reference[] = [];
  for (const group of nodes.groupList) {
    if (group.map === keep) continue;
    collectRefs(out, group.map, 'cliqueNames', clique);
    for (const filter of sharingFilters(group.map)) collectRefs(out, filter, 'childCliqueNames', clique);
  }
  return out;
}

function checkGroupName(nodes: PcsNodes, name: string, cliques: readonly string[], self?: Entry): void {
  const problem = nameProblem(name, 'scaling group');
  if (problem) refuse(problem);
  if (nodes.groupList.some((g) => g !== self && g.name === name))
    refuse(`There is already a scaling group named "${name}".`);
  for (const clique of cliques) {
    const over = budgetProblem(nodes.pcsName, name, clique);
    if (over) refuse(over);
  }
}

export function addScalingGroup(ctx: EditContext, nodes: PcsNodes, cmd: Of<'addScalingGroup'>): string {
  const cliques = [...new Set(cmd.cliques ?? [])];
  for (const c of cliques) findEntry(nodes.cliqueList, c, 'clique');
  const taken = new Set(nodes.groupList.flatMap((g) => g.name ?? []));
  const longest = Math.max(1, ...cliques.map((c) => c.length));
  const name =
    cmd.name ??
    uniqueName('group', taken, roomFor(nodes.pcsName, longest)) ??
    refuse(
      "The PodCliqueSet and clique names leave no room for a scaling group name within Grove's 45 characters.",
    );
  checkGroupName(nodes, name, cliques);
  const options = memberListOptions(nodes);
  const entries: [string, Tree][] = [
    ['name', scalar(formatString(name, options.quoting))],
    [
      'cliqueNames',
      seq(
        cliques.map((c) => scalar(formatString(c, options.quoting))),
        options.flow,
      ),
    ],
  ];
  if (cmd.replicas !== undefined)
    entries.push(['replicas', count(cmd.replicas, 'Scaling group replicas', 1)]);
  removeReferences(
    ctx,
    cliques.flatMap((c) => membershipRefs(nodes, c)),
  );
  const at = nodes.groups?.items.length ?? 0;
  addEntry(
    ctx,
    nodes.template,
    'podCliqueScalingGroups',
    at,
    map(entries),
    PLACE.template.podCliqueScalingGroups,
  );
  const with_ = cliques.length === 0 ? '' : ` with ${cliques.join(', ')}`;
  return `Added scaling group ${name}${with_}`;
}

export function removeScalingGroup(ctx: EditContext, nodes: PcsNodes, cmd: Of<'removeScalingGroup'>): string {
  const group = findEntry(nodes.groupList, cmd.group, 'scaling group');
  const sole = group.name !== undefined && nodes.groupList.filter((g) => g.name === group.name).length === 1;
  const refs = sole ? groupReferences(nodes, group.name) : [];
  removeItems(ctx, nodes.groups!, [group.index], () =>
    removePair(ctx, nodes.template, 'podCliqueScalingGroups'),
  );
  removeReferences(ctx, refs);
  const freed = members(group);
  return `Removed scaling group ${label(group)}${freed.length > 0 ? `; ${freed.join(', ')} now standalone` : ''}`;
}

export function renameScalingGroup(ctx: EditContext, nodes: PcsNodes, cmd: Of<'renameScalingGroup'>): string {
  const group = findEntry(nodes.groupList, cmd.group, 'scaling group');
  if (group.name === cmd.to) return `Scaling group ${cmd.to} already has this name`;
  checkGroupName(nodes, cmd.to, members(group), group);
  if (group.nameNode) replaceScalar(ctx, group.nameNode, cmd.to);
  else setPair(ctx, group.map, 'name', scalar(formatString(cmd.to, 'plain')), PLACE.clique.name);
  const sole = group.name !== undefined && nodes.groupList.filter((g) => g.name === group.name).length === 1;
  const refs = sole ? groupReferences(nodes, group.name) : [];
  renameReferences(ctx, refs, cmd.to);
  return `Renamed scaling group ${label(group)} to ${cmd.to}`;
}

export function setCliqueGroup(ctx: EditContext, nodes: PcsNodes, cmd: Of<'setCliqueGroup'>): string {
  const clique = findEntry(nodes.cliqueList, cmd.clique, 'clique');
  const name = named(clique, 'clique');
  const target = cmd.group === null ? undefined : findEntry(nodes.groupList, cmd.group, 'scaling group');
  const over = budgetProblem(nodes.pcsName, target?.name, name);
  if (over) refuse(over);
  const leaving = membershipRefs(nodes, name, target?.map);
  const joining = target !== undefined && !members(target).includes(name);
  removeReferences(ctx, leaving);
  if (target && joining) appendName(ctx, target.map, 'cliqueNames', name, memberListOptions(nodes));
  if (!target)
    return leaving.length > 0 ? `Made clique ${name} standalone` : `Clique ${name} is already standalone`;
  return joining
    ? `Moved clique ${name} into scaling group ${label(target)}`
    : `Clique ${name} is already in ${label(target)}`;
}
