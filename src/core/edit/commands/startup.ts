import type { EditContext } from '../context';
import { setPair } from '../map-ops';
import { findEntry, mapAt, scalarAt, seqAt, type PcsNodes } from '../pcs-nodes';
import { PLACE } from '../placements';
import { collectRefs, removeReferences, type Reference } from '../references';
import { refuse } from '../refuse';
import { scalar } from '../render';
import { formatString, quotingOf, scalarString } from '../scalar-text';
import { STARTUP_TYPES } from '../../model/types';
import type { EditCommand } from '../types';
import { appendName, cliqueSpec, flowStyle, label, named, nameQuoting } from './kit';

type Of<T extends EditCommand['type']> = Extract<EditCommand, { type: T }>;

export function setStartupType(ctx: EditContext, nodes: PcsNodes, cmd: Of<'setStartupType'>): string {
  if (!(STARTUP_TYPES as readonly string[]).includes(cmd.startupType))
    refuse(`"${String(cmd.startupType)}" is not a startup type; use one of ${STARTUP_TYPES.join(', ')}.`);
  const current = scalarAt(nodes.template, 'cliqueStartupType');
  const text = formatString(cmd.startupType, quotingOf(current) ?? 'plain');
  setPair(ctx, nodes.template, 'cliqueStartupType', scalar(text), PLACE.template.cliqueStartupType);
  return `Set startup type to ${cmd.startupType}`;
}

/** The cliques `name` waits for (its `startsAfter` names). */
function parents(nodes: PcsNodes, name: string): string[] {
  const clique = nodes.cliqueList.find((c) => c.name === name);
  return (seqAt(mapAt(clique?.map, 'spec'), 'startsAfter')?.items ?? []).flatMap(
    (n) => scalarString(n) ?? [],
  );
}

/** True when `from` already waits, directly or not, for `to`. */
function waitsFor(nodes: PcsNodes, from: string, to: string): boolean {
  const seen = new Set<string>();
  const stack = [from];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (next === to) return true;
    if (seen.has(next)) continue;
    seen.add(next);
    stack.push(...parents(nodes, next));
  }
  return false;
}

export function addStartsAfter(ctx: EditContext, nodes: PcsNodes, cmd: Of<'addStartsAfter'>): string {
  const clique = findEntry(nodes.cliqueList, cmd.clique, 'clique');
  const name = named(clique, 'clique');
  findEntry(nodes.cliqueList, cmd.after, 'clique');
  if (cmd.after === name) refuse(`Clique ${name} cannot start after itself.`);
  if (parents(nodes, name).includes(cmd.after)) return `Clique ${name} already starts after ${cmd.after}`;
  if (waitsFor(nodes, cmd.after, name))
    refuse(`${cmd.after} already waits for ${name}; starting ${name} after ${cmd.after} would make a cycle.`);
  appendName(ctx, cliqueSpec(clique), 'startsAfter', cmd.after, {
    placement: PLACE.cliqueSpec.startsAfter,
    flow: flowStyle(
      nodes.cliqueList.map((c) => mapAt(c.map, 'spec')),
      'startsAfter',
      false,
    ),
    quoting: nameQuoting(nodes, 'startsAfter'),
  });
  return `Clique ${name} now starts after ${cmd.after}`;
}

export function removeStartsAfter(ctx: EditContext, nodes: PcsNodes, cmd: Of<'removeStartsAfter'>): string {
  const clique = findEntry(nodes.cliqueList, cmd.clique, 'clique');
  const refs: Reference[] = [];
  collectRefs(refs, cliqueSpec(clique), 'startsAfter', cmd.after);
  if (refs.length === 0) return `Clique ${label(clique)} does not start after ${cmd.after}`;
  removeReferences(ctx, refs);
  return `Clique ${label(clique)} no longer starts after ${cmd.after}`;
}
