import type { YAMLMap } from 'yaml';
import { pairKey } from '../../parse/locate';
import type { EditContext } from '../context';
import { removePair, setPair, type Placement } from '../map-ops';
import { findEntry, mapAt, type PcsNodes } from '../pcs-nodes';
import { PLACE } from '../placements';
import { refuse } from '../refuse';
import { map, type Tree } from '../render';
import type { EditCommand, ScaleRange } from '../types';
import { cliqueSpec, count, label } from './kit';

type Of<T extends EditCommand['type']> = Extract<EditCommand, { type: T }>;

/** Sets or (with null) removes a count field. */
function setCount(
  ctx: EditContext,
  owner: YAMLMap,
  key: string,
  value: number | null,
  what: string,
  min: number,
  placement: Placement,
): void {
  if (value === null) removePair(ctx, owner, key);
  else setPair(ctx, owner, key, count(value, what, min), placement);
}

/**
 * Sets an autoscaler range in `autoScalingConfig` / `scaleConfig` (keeping its metrics and its other
 * fields), or removes the whole block with null.
 */
function setRange(
  ctx: EditContext,
  owner: YAMLMap,
  key: string,
  range: ScaleRange | null,
  placement: Placement,
): void {
  if (range === null) {
    removePair(ctx, owner, key);
    return;
  }
  const max = count(range.maxReplicas, 'maxReplicas', 1);
  const min = range.minReplicas === undefined ? undefined : count(range.minReplicas, 'minReplicas', 1);
  if (range.minReplicas !== undefined && range.maxReplicas < range.minReplicas)
    refuse(`maxReplicas (${range.maxReplicas}) must be at least minReplicas (${range.minReplicas}).`);
  const config = mapAt(owner, key);
  const onlyMin = config?.items.every((p) => pairKey(p) === 'minReplicas') ?? true;
  if (!config || (min === undefined && onlyMin)) {
    const entries: [string, Tree][] = min ? [['minReplicas', min]] : [];
    setPair(ctx, owner, key, map([...entries, ['maxReplicas', max]]), placement);
    return;
  }
  if (min) setPair(ctx, config, 'minReplicas', min, PLACE.autoscaling.minReplicas);
  else removePair(ctx, config, 'minReplicas');
  setPair(ctx, config, 'maxReplicas', max, PLACE.autoscaling.maxReplicas);
}

function rangeText(range: ScaleRange | null): string {
  if (range === null) return 'removed';
  return range.minReplicas === undefined
    ? `up to ${range.maxReplicas}`
    : `${range.minReplicas}-${range.maxReplicas}`;
}

export function setCliqueReplicas(ctx: EditContext, nodes: PcsNodes, cmd: Of<'setCliqueReplicas'>): string {
  const clique = findEntry(nodes.cliqueList, cmd.clique, 'clique');
  setCount(
    ctx,
    cliqueSpec(clique),
    'replicas',
    cmd.replicas,
    'Clique replicas',
    1,
    PLACE.cliqueSpec.replicas,
  );
  return `Set replicas of clique ${label(clique)} to ${cmd.replicas}`;
}

export function setCliqueMinAvailable(
  ctx: EditContext,
  nodes: PcsNodes,
  cmd: Of<'setCliqueMinAvailable'>,
): string {
  const clique = findEntry(nodes.cliqueList, cmd.clique, 'clique');
  setCount(
    ctx,
    cliqueSpec(clique),
    'minAvailable',
    cmd.minAvailable,
    'minAvailable',
    1,
    PLACE.cliqueSpec.minAvailable,
  );
  return cmd.minAvailable === null
    ? `Removed minAvailable of clique ${label(clique)}`
    : `Set minAvailable of clique ${label(clique)} to ${cmd.minAvailable}`;
}

export function setCliqueAutoscaler(
  ctx: EditContext,
  nodes: PcsNodes,
  cmd: Of<'setCliqueAutoscaler'>,
): string {
  const clique = findEntry(nodes.cliqueList, cmd.clique, 'clique');
  setRange(ctx, cliqueSpec(clique), 'autoScalingConfig', cmd.range, PLACE.cliqueSpec.autoScalingConfig);
  return `Autoscaler of clique ${label(clique)}: ${rangeText(cmd.range)}`;
}

export function setGroupReplicas(ctx: EditContext, nodes: PcsNodes, cmd: Of<'setGroupReplicas'>): string {
  const group = findEntry(nodes.groupList, cmd.group, 'scaling group');
  setCount(ctx, group.map, 'replicas', cmd.replicas, 'Scaling group replicas', 1, PLACE.group.replicas);
  return cmd.replicas === null
    ? `Removed replicas of scaling group ${label(group)}`
    : `Set replicas of scaling group ${label(group)} to ${cmd.replicas}`;
}

export function setGroupMinAvailable(
  ctx: EditContext,
  nodes: PcsNodes,
  cmd: Of<'setGroupMinAvailable'>,
): string {
  const group = findEntry(nodes.groupList, cmd.group, 'scaling group');
  setCount(ctx, group.map, 'minAvailable', cmd.minAvailable, 'minAvailable', 1, PLACE.group.minAvailable);
  return cmd.minAvailable === null
    ? `Removed minAvailable of scaling group ${label(group)}`
    : `Set minAvailable of scaling group ${label(group)} to ${cmd.minAvailable}`;
}

export function setGroupScaleConfig(
  ctx: EditContext,
  nodes: PcsNodes,
  cmd: Of<'setGroupScaleConfig'>,
): string {
  const group = findEntry(nodes.groupList, cmd.group, 'scaling group');
  setRange(ctx, group.map, 'scaleConfig', cmd.range, PLACE.group.scaleConfig);
  return `Autoscaler of scaling group ${label(group)}: ${rangeText(cmd.range)}`;
}

export function setReplicas(ctx: EditContext, nodes: PcsNodes, cmd: Of<'setReplicas'>): string {
  setCount(ctx, nodes.spec, 'replicas', cmd.replicas, 'PodCliqueSet replicas', 0, PLACE.spec.replicas);
  return `Set PodCliqueSet replicas to ${cmd.replicas}`;
}
