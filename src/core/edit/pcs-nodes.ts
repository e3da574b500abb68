import { isAlias, isMap, isScalar, isSeq } from 'yaml';
import type { Document, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { findPair } from './map-ops';
import { refuse } from './refuse';
import { scalarString } from './scalar-text';
import type { ItemRef } from './types';

/**
 * The parts of a PodCliqueSet's YAML tree that commands edit, found by key. Aliases are refused
 * wherever a command would edit through them: the edit would change the anchor's other uses too.
 */

function value(map: YAMLMap | undefined, key: string): unknown {
  if (!map) return undefined;
  const found = findPair(map, key);
  if (!found) return undefined;
  if (isAlias(found.pair.value))
    refuse(`\`${key}\` is a YAML alias; the designer does not edit through aliases. Edit the text directly.`);
  return found.pair.value;
}

export function mapAt(map: YAMLMap | undefined, key: string): YAMLMap | undefined {
  const v = value(map, key);
  return isMap(v) ? v : undefined;
}

export function seqAt(map: YAMLMap | undefined, key: string): YAMLSeq | undefined {
  const v = value(map, key);
  return isSeq(v) ? v : undefined;
}

export function scalarAt(map: YAMLMap | undefined, key: string): Scalar | undefined {
  const v = value(map, key);
  return isScalar(v) ? v : undefined;
}

export function stringAt(map: YAMLMap | undefined, key: string): string | undefined {
  return scalarString(scalarAt(map, key));
}

/** A clique or scaling group: an item of `cliques` / `podCliqueScalingGroups`. */
export interface Entry {
  readonly index: number;
  readonly map: YAMLMap;
  readonly name?: string;
  readonly nameNode?: Scalar;
}

export interface PcsNodes {
  readonly root: YAMLMap;
  readonly pcsName?: string;
  readonly spec: YAMLMap;
  readonly template: YAMLMap;
  readonly cliques?: YAMLSeq;
  readonly groups?: YAMLSeq;
  readonly cliqueList: readonly Entry[];
  readonly groupList: readonly Entry[];
}

/** The items that are mappings (others, such as a half-typed `- x`, cannot be edited and are skipped). */
function entries(seq: YAMLSeq | undefined): Entry[] {
  const list: Entry[] = [];
  seq?.items.forEach((item, index) => {
    if (!isMap(item)) return;
    const found = findPair(item, 'name');
    const nameNode = found && isScalar(found.pair.value) ? found.pair.value : undefined;
    const name = scalarString(nameNode);
    list.push({
      index,
      map: item,
      ...(name !== undefined ? { name } : {}),
      ...(nameNode ? { nameNode } : {}),
    });
  });
  return list;
}

export function pcsNodes(doc: Document.Parsed): PcsNodes {
  const root = doc.contents;
  if (!isMap(root)) refuse('This document is not a mapping; there is no PodCliqueSet to edit.');
  const spec = mapAt(root, 'spec') ?? refuse('This PodCliqueSet has no `spec` mapping to edit.');
  const template =
    mapAt(spec, 'template') ?? refuse('This PodCliqueSet has no `spec.template` mapping to edit.');
  const pcsName = stringAt(mapAt(root, 'metadata'), 'name');
  const cliques = seqAt(template, 'cliques');
  const groups = seqAt(template, 'podCliqueScalingGroups');
  return {
    root,
    spec,
    template,
    ...(pcsName !== undefined ? { pcsName } : {}),
    ...(cliques ? { cliques } : {}),
    ...(groups ? { groups } : {}),
    cliqueList: entries(cliques),
    groupList: entries(groups),
  };
}

/** Finds an entry by name (the first one carrying it) or by position. */
export function findEntry(list: readonly Entry[], ref: ItemRef, what: string): Entry {
  const found = list.find((e) => (typeof ref === 'number' ? e.index === ref : e.name === ref));
  if (!found)
    refuse(
      typeof ref === 'number'
        ? `There is no ${what} number ${ref + 1}.`
        : `There is no ${what} named "${ref}".`,
    );
  return found;
}

/** The groups whose `cliqueNames` list a clique. */
export function groupsOf(nodes: PcsNodes, clique: string): Entry[] {
  return nodes.groupList.filter((g) =>
    (seqAt(g.map, 'cliqueNames')?.items ?? []).some((n) => scalarString(n) === clique),
  );
}
