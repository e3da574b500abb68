import { isScalar } from 'yaml';
import type { YAMLMap } from 'yaml';
import type { EditContext } from '../context';
import { findPair, insertPair, replaceValue, setPair, type Placement } from '../map-ops';
import { mapAt, seqAt, type Entry, type PcsNodes } from '../pcs-nodes';
import { PLACE } from '../placements';
import { refuse } from '../refuse';
import { scalar, seq, type Tree } from '../render';
import { formatString, majorityQuoting, type Quoting } from '../scalar-text';
import { insertItem } from '../seq-ops';

export const INT32_MAX = 2_147_483_647;

/** A count as YAML text, refused unless it is a whole number from `min` to int32's maximum. */
export function count(value: number, what: string, min: number): Tree {
  if (!Number.isSafeInteger(value) || value < min || value > INT32_MAX)
    refuse(`${what} must be a whole number from ${min} to ${INT32_MAX}, not ${String(value)}.`);
  return scalar(String(value));
}

export function cliqueSpec(clique: Entry): YAMLMap {
  return mapAt(clique.map, 'spec') ?? refuse(`Clique ${label(clique)} has no \`spec\` mapping to edit.`);
}

export function label(entry: Entry): string {
  return entry.name ?? `number ${entry.index + 1}`;
}

export function named(entry: Entry, what: string): string {
  return entry.name ?? refuse(`This ${what} has no name yet; name it first.`);
}

/** Whether lists under `key` in these mappings are written `[a, b]` (the first one written decides). */
export function flowStyle(owners: readonly (YAMLMap | undefined)[], key: string, fallback: boolean): boolean {
  for (const owner of owners) {
    const list = seqAt(owner, key);
    if (list && list.items.length > 0) return list.flow === true;
  }
  return fallback;
}

/** Quoting for a new clique or group name: as the names already written in these lists. */
export function nameQuoting(nodes: PcsNodes, listKey: 'cliqueNames' | 'startsAfter'): Quoting {
  const owners =
    listKey === 'cliqueNames'
      ? nodes.groupList.map((g) => g.map)
      : nodes.cliqueList.map((c) => mapAt(c.map, 'spec'));
  const written = owners.flatMap((o) => seqAt(o, listKey)?.items ?? []).filter((n) => isScalar(n));
  return majorityQuoting(written.length > 0 ? written : nodes.cliqueList.map((c) => c.nameNode));
}

/** Appends a name to the list under `key` (`cliqueNames`, `startsAfter`), creating the list if needed. */
export function appendName(
  ctx: EditContext,
  owner: YAMLMap,
  key: string,
  name: string,
  options: { placement: Placement; flow: boolean; quoting: Quoting },
): void {
  const list = seqAt(owner, key);
  if (list) {
    const q = list.items.length > 0 ? majorityQuoting(list.items) : options.quoting;
    insertItem(ctx, list, list.items.length, scalar(formatString(name, q)));
    return;
  }
  const value = seq([scalar(formatString(name, options.quoting))], options.flow);
  const found = findPair(owner, key);
  if (found) replaceValue(ctx, found.pair, value);
  else insertPair(ctx, owner, key, value, options.placement);
}

/** How a name joins a group's `cliqueNames`: in the style the file's other groups use. */
export function memberListOptions(nodes: PcsNodes): {
  placement: Placement;
  flow: boolean;
  quoting: Quoting;
} {
  return {
    placement: PLACE.group.cliqueNames,
    flow: flowStyle(
      nodes.groupList.map((g) => g.map),
      'cliqueNames',
      true,
    ),
    quoting: nameQuoting(nodes, 'cliqueNames'),
  };
}

/**
 * Adds an entry (a clique, a scaling group) to the list under `key` at `index`; an absent, null or
 * empty (`[]`) list becomes a block list holding it.
 */
export function addEntry(
  ctx: EditContext,
  owner: YAMLMap,
  key: string,
  index: number,
  entry: Tree,
  placement: Placement,
): void {
  const list = seqAt(owner, key);
  if (list && list.items.length > 0) insertItem(ctx, list, index, entry);
  else setPair(ctx, owner, key, seq([entry]), placement);
}
