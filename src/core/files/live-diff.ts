import { countOf, toCount } from '../expand/count';
import type { Count } from '../expand/types';
import type { CliqueModel, PodCliqueSetModel, ScalingGroupModel } from '../model/types';

/**
 * What applying a manifest over the live PodCliqueSet adds, removes and keeps, by arithmetic on the two
 * templates (never by listing objects: a billion pods cost what the seed costs). "After" is what exists
 * once Grove has reconciled the update, which is not a fresh create of the new manifest (REFERENCE
 * (h)11): existing PodCliques keep their pod count and existing scaling groups keep their replicas; new
 * template values only apply to objects created from now on. PCS replicas do add and remove objects.
 */

export interface ChangeCount {
  readonly before: Count;
  readonly after: Count;
  readonly kept: Count;
  readonly added: Count;
  readonly removed: Count;
}

export type Presence = 'both' | 'added' | 'removed';

export interface CliqueChange {
  readonly name: string;
  /** The scaling group that lists the clique (in the new template when it is there), or null. */
  readonly scalingGroup: string | null;
  readonly presence: Presence;
  readonly podCliques: ChangeCount;
  readonly pods: ChangeCount;
  /** Pods per PodClique in the live template, and for PodCliques created from the new one. */
  readonly podsPerPodClique: { readonly live: number; readonly next: number };
  /** Labels, annotations or pod spec changed (or the template's priorityClassName): Grove rolls the pods. */
  readonly rolled: boolean;
}

export interface GroupChange {
  readonly name: string;
  readonly presence: Presence;
  readonly objects: ChangeCount;
  readonly replicas: { readonly live: number; readonly next: number };
}

export interface LiveDiff {
  readonly pcsReplicas: { readonly live: number; readonly next: number };
  readonly podCliques: ChangeCount;
  readonly scalingGroups: ChangeCount;
  readonly pods: ChangeCount;
  readonly cliques: readonly CliqueChange[];
  readonly groups: readonly GroupChange[];
  /** What a reader must know to read the numbers (values that do not propagate, autoscalers). */
  readonly notes: readonly string[];
}

interface Tally {
  kept: bigint;
  added: bigint;
  removed: bigint;
  before: bigint;
}

const zero = (): Tally => ({ kept: 0n, added: 0n, removed: 0n, before: 0n });

function counted(t: Tally): ChangeCount {
  return {
    before: toCount(t.before),
    after: toCount(t.kept + t.added),
    kept: toCount(t.kept),
    added: toCount(t.added),
    removed: toCount(t.removed),
  };
}

function add(into: Tally, t: Tally): void {
  into.kept += t.kept;
  into.added += t.added;
  into.removed += t.removed;
  into.before += t.before;
}

/** JSON with sorted keys, for "did this part of the template change". */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

function groupOf(model: PodCliqueSetModel, clique: string): ScalingGroupModel | undefined {
  return model.scalingGroups.find((g) => g.cliqueNames.includes(clique));
}

function byName<T extends { readonly name?: string }>(items: readonly T[]): Map<string, T> {
  const out = new Map<string, T>();
  for (const item of items) if (item.name !== undefined && !out.has(item.name)) out.set(item.name, item);
  return out;
}

/** PodCliques of one clique per PCS replica, for PCS replicas kept, added and removed. */
function perReplica(
  presence: Presence,
  liveEach: bigint,
  nextEach: bigint,
  r: { live: bigint; next: bigint; kept: bigint },
): Tally {
  if (presence === 'added') return { kept: 0n, added: r.next * nextEach, removed: 0n, before: 0n };
  if (presence === 'removed')
    return { kept: 0n, added: 0n, removed: r.live * liveEach, before: r.live * liveEach };
  return {
    kept: r.kept * liveEach,
    added: (r.next - r.kept) * nextEach,
    removed: (r.live - r.kept) * liveEach,
    before: r.live * liveEach,
  };
}

function rolled(now: CliqueModel, old: CliqueModel, priorityChanged: boolean): boolean {
  return (
    priorityChanged ||
    canonical(now.labels) !== canonical(old.labels) ||
    canonical(now.annotations) !== canonical(old.annotations) ||
    canonical(now.podSpec) !== canonical(old.podSpec)
  );
}

/** Compares the live PodCliqueSet with the manifest that would replace it (both defaulted models). */
export function diffLive(live: PodCliqueSetModel, next: PodCliqueSetModel): LiveDiff {
  const rLive = countOf(live.replicas);
  const rNext = countOf(next.replicas);
  const r = { live: BigInt(rLive), next: BigInt(rNext), kept: BigInt(Math.min(rLive, rNext)) };
  const notes: string[] = [];
  const liveGroups = byName(live.scalingGroups);
  const nextGroups = byName(next.scalingGroups);

  const groups: GroupChange[] = [];
  const groupTotal = zero();
  for (const name of new Set([...liveGroups.keys(), ...nextGroups.keys()])) {
    const old = liveGroups.get(name);
    const now = nextGroups.get(name);
    const presence: Presence = old && now ? 'both' : now ? 'added' : 'removed';
    const t = perReplica(presence, 1n, 1n, r);
    add(groupTotal, t);
    const replicas = { live: countOf(old?.replicas), next: countOf(now?.replicas) };
    groups.push({ name, presence, objects: counted(t), replicas });
    if (presence === 'both' && replicas.live !== replicas.next && r.kept > 0n)
      notes.push(
        `Scaling group "${name}": existing groups keep ${replicas.live} replicas; ${replicas.next} only applies to groups created from now on.`,
      );
  }

  const liveCliques = byName(live.cliques);
  const nextCliques = byName(next.cliques);
  const priorityChanged = (live.priorityClassName ?? '') !== (next.priorityClassName ?? '');
  const cliques: CliqueChange[] = [];
  const pclqTotal = zero();
  const podTotal = zero();
  for (const name of new Set([...liveCliques.keys(), ...nextCliques.keys()])) {
    const old = liveCliques.get(name);
    const now = nextCliques.get(name);
    const gOld = old ? groupOf(live, name) : undefined;
    const gNow = now ? groupOf(next, name) : undefined;
    // A clique that changes its scaling group gets other PodClique names: the old ones go, new ones come.
    const sameHome = (gOld?.name ?? null) === (gNow?.name ?? null);
    const split: [Presence, CliqueModel | undefined, CliqueModel | undefined][] =
      old && now && !sameHome
        ? [
            ['removed', old, undefined],
            ['added', undefined, now],
          ]
        : [[old && now ? 'both' : now ? 'added' : 'removed', old, now]];
    for (const [presence, o, n] of split) {
      const liveEach = o ? (gOld ? BigInt(countOf(gOld.replicas)) : 1n) : 0n;
      const nextEach = n ? (gNow ? BigInt(countOf(gNow.replicas)) : 1n) : 0n;
      const podsPerPodClique = { live: countOf(o?.replicas), next: countOf(n?.replicas) };
      const pclq = perReplica(presence, liveEach, nextEach, r);
      const pods: Tally = {
        kept: pclq.kept * BigInt(podsPerPodClique.live),
        added: pclq.added * BigInt(podsPerPodClique.next),
        removed: pclq.removed * BigInt(podsPerPodClique.live),
        before: pclq.before * BigInt(podsPerPodClique.live),
      };
      add(pclqTotal, pclq);
      add(podTotal, pods);
      const group = (n ? gNow : gOld)?.name ?? null;
      cliques.push({
        name,
        scalingGroup: group,
        presence,
        podCliques: counted(pclq),
        pods: counted(pods),
        podsPerPodClique,
        rolled: presence === 'both' && o !== undefined && n !== undefined && rolled(n, o, priorityChanged),
      });
      if (presence === 'both' && podsPerPodClique.live !== podsPerPodClique.next && pclq.kept > 0n)
        notes.push(
          `Clique "${name}": existing PodCliques keep ${podsPerPodClique.live} pods; ${podsPerPodClique.next} only applies to PodCliques created from now on.`,
        );
    }
  }
  if (
    [...liveCliques.values()].some((c) => c.autoScalingConfig) ||
    live.scalingGroups.some((g) => g.scaleConfig)
  )
    notes.push(
      'Some cliques or scaling groups have an autoscaler: the cluster may run other replica counts than the live template says; these numbers use the template.',
    );
  return {
    pcsReplicas: { live: rLive, next: rNext },
    podCliques: counted(pclqTotal),
    scalingGroups: counted(groupTotal),
    pods: counted(podTotal),
    cliques,
    groups,
    notes,
  };
}
