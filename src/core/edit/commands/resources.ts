import { isMap } from 'yaml';
import type { YAMLMap } from 'yaml';
import { pairKey } from '../../parse/locate';
import type { EditContext } from '../context';
import { findPair, removePair, replaceValue, setPair } from '../map-ops';
import { findEntry, mapAt, seqAt, stringAt, type PcsNodes } from '../pcs-nodes';
import { PLACE } from '../placements';
import { refuse } from '../refuse';
import { map, scalar, type Tree } from '../render';
import { formatQuantity, majorityQuoting, type Quoting } from '../scalar-text';
import type { EditCommand } from '../types';
import { cliqueSpec, label } from './kit';

type Of<T extends EditCommand['type']> = Extract<EditCommand, { type: T }>;
type Sub = 'requests' | 'limits';
type Change = readonly [string, Tree | null];

const RESOURCE_NAME = /^(?:[a-z0-9](?:[-a-z0-9.]*[a-z0-9])?\/)?[A-Za-z0-9](?:[-A-Za-z0-9_.]*[A-Za-z0-9])?$/;
const QUANTITY = /^\+?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][-+]?[0-9]+|[KMGTPE]i|[numkMGTPE])?$/;
const WHOLE = /^\+?[0-9]+$/;

/**
 * Kubernetes lets cpu, memory and ephemeral-storage requests sit below their limits; other resources
 * (extended ones such as `nvidia.com/gpu`, and hugepages) need a limit equal to the request.
 */
export function needsEqualLimit(resource: string): boolean {
  const slash = resource.indexOf('/');
  const domain = slash === -1 ? '' : resource.slice(0, slash);
  const native = domain === '' || domain === 'kubernetes.io' || domain.endsWith('.kubernetes.io');
  return !native || resource.startsWith('hugepages-');
}

function quantity(resource: string, value: string | number, quoting: Quoting): Tree {
  const text = typeof value === 'number' ? String(value) : value.trim();
  if (!QUANTITY.test(text))
    refuse(`"${text}" is not a Kubernetes quantity for ${resource} (e.g. 500m, 2, 16Gi).`);
  if (needsEqualLimit(resource) && !WHOLE.test(text))
    refuse(`${resource} must be a whole number, not ${text}.`);
  return scalar(formatQuantity(text, quoting));
}

function findContainer(
  podSpec: YAMLMap | undefined,
  ref: string | number | undefined,
  clique: string,
): YAMLMap {
  const containers = (seqAt(podSpec, 'containers')?.items ?? []).filter(isMap);
  const found =
    typeof ref === 'string' ? containers.find((c) => stringAt(c, 'name') === ref) : containers[ref ?? 0];
  return (
    found ??
    refuse(`Clique ${clique} has no container ${ref === undefined ? 'to edit' : JSON.stringify(ref)}.`)
  );
}

/**
 * Applies the changes to `requests` or `limits` in place when some of its entries stay, and says
 * what to do with the whole mapping otherwise: leave it, remove it, or write it anew.
 */
function planSub(
  ctx: EditContext,
  resources: YAMLMap | undefined,
  sub: Sub,
  changes: readonly Change[],
): 'keep' | 'remove' | Tree {
  const sets = changes.filter((c): c is readonly [string, Tree] => c[1] !== null);
  const current = mapAt(resources, sub);
  if (!current) return sets.length > 0 ? map(sets) : 'keep';
  const touched = new Set(changes.map(([k]) => k));
  const stays = current.items.some((p) => !touched.has(pairKey(p) ?? ''));
  const setsExisting = sets.some(([k]) => findPair(current, k));
  if (!stays && !setsExisting)
    return sets.length > 0 ? map(sets) : current.items.length > 0 ? 'remove' : 'keep';
  for (const [key, value] of changes)
    if (value === null) removePair(ctx, current, key);
    else setPair(ctx, current, key, value);
  return 'keep';
}

function applyChanges(ctx: EditContext, container: YAMLMap, changes: Record<Sub, Change[]>): void {
  const resources = mapAt(container, 'resources');
  const plans = {
    requests: planSub(ctx, resources, 'requests', changes.requests),
    limits: planSub(ctx, resources, 'limits', changes.limits),
  };
  const subs: Sub[] = ['requests', 'limits'];
  const created = subs.flatMap((s) => (typeof plans[s] === 'object' ? [[s, plans[s]] as const] : []));
  if (!resources) {
    if (created.length > 0) setPair(ctx, container, 'resources', map(created), PLACE.container.resources);
    return;
  }
  const remaining = resources.items.filter((p) => plans[pairKey(p) as Sub] !== 'remove');
  if (remaining.length === 0) {
    if (created.length > 0) replaceValue(ctx, findPair(container, 'resources')!.pair, map(created));
    else removePair(ctx, container, 'resources');
    return;
  }
  for (const s of subs) {
    const plan = plans[s];
    if (plan === 'remove') removePair(ctx, resources, s);
    else if (plan !== 'keep') setPair(ctx, resources, s, plan, PLACE.resources[s]);
  }
}

function quoting(nodes: PcsNodes, container: YAMLMap): Quoting {
  const own = ['requests', 'limits'].flatMap(
    (s) => mapAt(mapAt(container, 'resources'), s)?.items.map((p) => p.value) ?? [],
  );
  if (own.length > 0) return majorityQuoting(own);
  const all = nodes.cliqueList.flatMap((c) =>
    (seqAt(mapAt(mapAt(c.map, 'spec'), 'podSpec'), 'containers')?.items ?? [])
      .filter(isMap)
      .flatMap((k) => mapAt(mapAt(k, 'resources'), 'requests')?.items.map((p) => p.value) ?? []),
  );
  return majorityQuoting(all);
}

export function setContainerRequests(
  ctx: EditContext,
  nodes: PcsNodes,
  cmd: Of<'setContainerRequests'>,
): string {
  const clique = findEntry(nodes.cliqueList, cmd.clique, 'clique');
  const container = findContainer(mapAt(cliqueSpec(clique), 'podSpec'), cmd.container, label(clique));
  const q = quoting(nodes, container);
  const changes: Record<Sub, Change[]> = { requests: [], limits: [] };
  const said: string[] = [];
  for (const [resource, value] of Object.entries(cmd.requests)) {
    if (!RESOURCE_NAME.test(resource)) refuse(`"${resource}" is not a resource name.`);
    const tree = value === null ? null : quantity(resource, value, q);
    changes.requests.push([resource, tree]);
    if (needsEqualLimit(resource)) changes.limits.push([resource, tree]);
    said.push(value === null ? `${resource} removed` : `${resource} ${String(value)}`);
  }
  if (said.length === 0) refuse('No resource to set.');
  applyChanges(ctx, container, changes);
  return `Requests of clique ${label(clique)}: ${said.join(', ')}`;
}
