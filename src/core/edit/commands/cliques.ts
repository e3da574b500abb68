import { isMap } from 'yaml';
import type { EditContext } from '../context';
import { setPair } from '../map-ops';
import { budgetProblem, nameProblem, roomFor, uniqueName } from '../names';
import { findEntry, groupsOf, mapAt, scalarAt, seqAt, stringAt, type PcsNodes } from '../pcs-nodes';
import { PLACE } from '../placements';
import { cliqueReferences, removeReferences, renameReferences } from '../references';
import { refuse } from '../refuse';
import { map, scalar, seq, type Tree } from '../render';
import { formatString, majorityQuoting, type Quoting } from '../scalar-text';
import { moveItem, removeItems, replaceScalar } from '../seq-ops';
import type { EditCommand } from '../types';
import { addEntry, appendName, label, memberListOptions } from './kit';

type Of<T extends EditCommand['type']> = Extract<EditCommand, { type: T }>;

/** The image a new clique's container gets when the palette names none. */
export const DEFAULT_IMAGE = 'nginx:latest';

function checkNewCliqueName(nodes: PcsNodes, name: string, groups: readonly (string | undefined)[]): void {
  const problem = nameProblem(name, 'clique');
  if (problem) refuse(problem);
  if (nodes.cliqueList.some((c) => c.name === name)) refuse(`There is already a clique named "${name}".`);
  for (const group of groups.length > 0 ? groups : [undefined]) {
    const over = budgetProblem(nodes.pcsName, group, name);
    if (over) refuse(over);
  }
}

/** True when exactly one clique carries `name` (only then do references to it follow a rename or removal). */
function soleHolder(nodes: PcsNodes, name: string | undefined): name is string {
  return name !== undefined && nodes.cliqueList.filter((c) => c.name === name).length === 1;
}

/** Quoting for a new image: as the images already written. */
function imageQuoting(nodes: PcsNodes): Quoting {
  const images = nodes.cliqueList.flatMap((c) =>
    (seqAt(mapAt(mapAt(c.map, 'spec'), 'podSpec'), 'containers')?.items ?? []).map((container) =>
      isMap(container) ? scalarAt(container, 'image') : undefined,
    ),
  );
  return majorityQuoting(images);
}

/** The smallest clique Grove admits: a name, a unique roleName, one replica, one container. */
function newClique(name: string, role: string, image: string, names: Quoting, images: Quoting): Tree {
  const text = (value: string) => scalar(formatString(value, names));
  const container = map([
    ['name', text(name)],
    ['image', scalar(formatString(image, images))],
  ]);
  const podSpec = map([['containers', seq([container])]]);
  const spec = map([
    ['roleName', text(role)],
    ['replicas', scalar('1')],
    ['podSpec', podSpec],
  ]);
  return map([
    ['name', text(name)],
    ['spec', spec],
  ]);
}

export function addClique(ctx: EditContext, nodes: PcsNodes, cmd: Of<'addClique'>): string {
  const group = cmd.group === undefined ? undefined : findEntry(nodes.groupList, cmd.group, 'scaling group');
  const taken = new Set(nodes.cliqueList.flatMap((c) => (c.name === undefined ? [] : [c.name])));
  const name =
    cmd.name ??
    uniqueName('clique', taken, roomFor(nodes.pcsName, group?.name?.length ?? 0)) ??
    refuse(
      "The PodCliqueSet and scaling group names leave no room for a clique name within Grove's 45 characters.",
    );
  checkNewCliqueName(nodes, name, group ? [group.name] : []);
  const image = cmd.image ?? DEFAULT_IMAGE;
  if (image.trim() === '') refuse('A container needs an image.');
  const specs = nodes.cliqueList.map((c) => mapAt(c.map, 'spec'));
  const roles = new Set(specs.flatMap((s) => stringAt(s, 'roleName') ?? []));
  const role = uniqueName(name, roles, 63) ?? name;
  const clique = newClique(
    name,
    role,
    image,
    majorityQuoting(nodes.cliqueList.map((c) => c.nameNode)),
    imageQuoting(nodes),
  );
  const list = nodes.cliques;
  const index = cmd.index ?? list?.items.length ?? 0;
  if (!Number.isInteger(index) || index < 0 || index > (list?.items.length ?? 0))
    refuse(`Position ${index} is outside the list of cliques.`);
  addEntry(ctx, nodes.template, 'cliques', index, clique, PLACE.template.cliques);
  if (group) appendName(ctx, group.map, 'cliqueNames', name, memberListOptions(nodes));
  return group ? `Added clique ${name} to scaling group ${label(group)}` : `Added clique ${name}`;
}

export function removeClique(ctx: EditContext, nodes: PcsNodes, cmd: Of<'removeClique'>): string {
  const clique = findEntry(nodes.cliqueList, cmd.clique, 'clique');
  const list = nodes.cliques!;
  const refs = soleHolder(nodes, clique.name) ? cliqueReferences(nodes, clique.name, clique.map) : [];
  removeItems(ctx, list, [clique.index], () =>
    refuse('A PodCliqueSet needs at least one clique; add another before removing this one.'),
  );
  removeReferences(ctx, refs);
  const also = refs.length === 0 ? '' : ` and ${refs.length} reference${refs.length === 1 ? '' : 's'} to it`;
  return `Removed clique ${label(clique)}${also}`;
}

export function renameClique(ctx: EditContext, nodes: PcsNodes, cmd: Of<'renameClique'>): string {
  const clique = findEntry(nodes.cliqueList, cmd.clique, 'clique');
  if (clique.name === cmd.to) return `Clique ${cmd.to} already has this name`;
  const sole = soleHolder(nodes, clique.name);
  const groups = sole ? groupsOf(nodes, clique.name).map((g) => g.name) : [];
  checkNewCliqueName(nodes, cmd.to, groups);
  if (clique.nameNode) replaceScalar(ctx, clique.nameNode, cmd.to);
  else setPair(ctx, clique.map, 'name', scalar(formatString(cmd.to, 'plain')), PLACE.clique.name);
  const refs = sole ? cliqueReferences(nodes, clique.name) : [];
  renameReferences(ctx, refs, cmd.to);
  const also = refs.length === 0 ? '' : ` (${refs.length} reference${refs.length === 1 ? '' : 's'} updated)`;
  return `Renamed clique ${label(clique)} to ${cmd.to}${also}`;
}

export function moveClique(ctx: EditContext, nodes: PcsNodes, cmd: Of<'moveClique'>): string {
  const clique = findEntry(nodes.cliqueList, cmd.clique, 'clique');
  const list = nodes.cliques!;
  if (!Number.isInteger(cmd.toIndex) || cmd.toIndex < 0 || cmd.toIndex >= list.items.length)
    refuse(`Position ${cmd.toIndex} is outside the list of cliques.`);
  moveItem(ctx, list, clique.index, cmd.toIndex);
  return `Moved clique ${label(clique)} to position ${cmd.toIndex + 1}`;
}
