import type { AutoScalingModel, CliqueModel, PodCliqueSetModel, ScalingGroupModel } from '../model/types';
import { countOf } from './count';

/**
 * The shape of one PodCliqueSet replica, read once from the model: which cliques stand alone, which
 * scaling groups there are, and how many PodCliques, pods and gangs one replica holds. Every list of
 * the expansion is arithmetic on this layout; nothing is enumerated.
 */

export interface CliqueTemplate {
  readonly name: string;
  /** Position in `spec.template.cliques` (Grove's `foundAtIndex`). */
  readonly index: number;
  readonly model: CliqueModel;
  readonly replicas: number;
  readonly minAvailable: number;
}

/** One clique's place in a unit (the standalone part of a replica, or one scaling-group replica). */
export interface Slot {
  /** Position in its unit. */
  readonly position: number;
  /** The clique named in the PodClique's FQN. */
  readonly clique: CliqueTemplate;
  /**
   * The template Grove builds the PodClique from: the first template whose name is a suffix of the FQN
   * (REFERENCE (h)4). It differs from `clique` when an earlier clique's name is a suffix of this one's.
   * Templates longer than the clique name could only match through the index digits (`0-frontend` for
   * replica 0); they are not considered, so one replica is shaped like every other.
   */
  readonly spec: CliqueTemplate;
  /** Pods of the PodClique: the spec template's replicas. */
  readonly pods: number;
  /** Pods of the slots before this one in its unit. */
  readonly podOffset: number;
}

export interface GroupLayout {
  /** Position among the expanded scaling groups. */
  readonly position: number;
  readonly name: string;
  readonly model: ScalingGroupModel;
  readonly replicas: number;
  readonly minAvailable: number;
  /** Replicas in the base PodGang: `min(minAvailable, replicas)`. */
  readonly baseReplicas: number;
  /** Replicas with a scaled PodGang each. */
  readonly scaledReplicas: number;
  readonly members: readonly Slot[];
  /** Pods of one replica of the group. */
  readonly podsPerReplica: number;
  /** `GROVE_PCSG_TEMPLATE_NUM_PODS`: template replicas of the cliques named in `cliqueNames`. */
  readonly templateNumPods: number;
}

export interface HpaTarget {
  readonly kind: 'PodClique' | 'PodCliqueScalingGroup';
  /** Clique or scaling-group name. */
  readonly name: string;
  readonly minReplicas: number;
  readonly maxReplicas: number;
}

export interface Layout {
  readonly pcs: string;
  readonly namespace: string;
  readonly replicas: bigint;
  /** Named clique templates in list order, first of each name. */
  readonly templates: readonly CliqueTemplate[];
  readonly standalone: readonly Slot[];
  readonly standalonePods: number;
  readonly groups: readonly GroupLayout[];
  readonly hpaTargets: readonly HpaTarget[];
  readonly podCliquesPerReplica: bigint;
  readonly podsPerReplica: bigint;
  readonly gangsPerReplica: bigint;
}

function template(model: CliqueModel, name: string): CliqueTemplate {
  return {
    name,
    index: model.index,
    model,
    replicas: countOf(model.replicas),
    minAvailable: countOf(model.minAvailable),
  };
}

/**
 * Grove's template lookup by suffix (REFERENCE (h)4), limited to names no longer than the clique's: the
 * first template (in list order) whose name ends the clique's name. Looked up by each suffix of the name, so
 * it stays linear in the number of cliques.
 */
function specTemplate(byName: ReadonlyMap<string, CliqueTemplate>, clique: CliqueTemplate): CliqueTemplate {
  let best: CliqueTemplate | undefined;
  for (let k = 0; k < clique.name.length; k++) {
    const found = byName.get(clique.name.slice(k));
    if (found && (best === undefined || found.index < best.index)) best = found;
  }
  return best ?? clique;
}

function slots(byName: ReadonlyMap<string, CliqueTemplate>, cliques: readonly CliqueTemplate[]): Slot[] {
  let podOffset = 0;
  return cliques.map((clique, position) => {
    const spec = specTemplate(byName, clique);
    const slot = { position, clique, spec, pods: spec.replicas, podOffset };
    podOffset += spec.replicas;
    return slot;
  });
}

function sumPods(list: readonly Slot[]): number {
  return list.reduce((n, s) => n + s.pods, 0);
}

function autoscaler(kind: HpaTarget['kind'], name: string, config: AutoScalingModel): HpaTarget {
  // Kubernetes reads an absent HPA minReplicas as 1; Grove's defaulting always fills it.
  const minReplicas = config.minReplicas === undefined ? 1 : countOf(config.minReplicas);
  return { kind, name, minReplicas, maxReplicas: countOf(config.maxReplicas) };
}

function readGroups(model: PodCliqueSetModel, byName: ReadonlyMap<string, CliqueTemplate>): GroupLayout[] {
  // Grove sums the template replicas through a map built over every clique, so the last of a name wins.
  const lastByName = new Map<string, number>();
  for (const c of model.cliques) if (c.name !== undefined) lastByName.set(c.name, countOf(c.replicas));
  const seen = new Set<string>();
  const groups: GroupLayout[] = [];
  for (const g of model.scalingGroups) {
    if (!g.name || seen.has(g.name)) continue;
    seen.add(g.name);
    const members = [...new Set(g.cliqueNames)].flatMap((n) => byName.get(n) ?? []);
    const memberSlots = slots(byName, members);
    const replicas = countOf(g.replicas);
    const minAvailable = countOf(g.minAvailable);
    const { baseReplicas, scaledReplicas } = gangReplicas(replicas, minAvailable);
    groups.push({
      position: groups.length,
      name: g.name,
      model: g,
      replicas,
      minAvailable,
      baseReplicas,
      scaledReplicas,
      members: memberSlots,
      podsPerReplica: sumPods(memberSlots),
      templateNumPods: g.cliqueNames.reduce((n, c) => n + (lastByName.get(c) ?? 0), 0),
    });
  }
  return groups;
}

/** Reads the layout of a (defaulted) model. Missing names skip their clique or group; missing counts read as 0. */
export function readLayout(model: PodCliqueSetModel): Layout {
  const seen = new Set<string>();
  const templates: CliqueTemplate[] = [];
  for (const c of model.cliques) {
    if (!c.name || seen.has(c.name)) continue;
    seen.add(c.name);
    templates.push(template(c, c.name));
  }
  const grouped = new Set(model.scalingGroups.flatMap((g) => g.cliqueNames));
  const byName = new Map(templates.map((t) => [t.name, t] as const));
  const standalone = slots(
    byName,
    templates.filter((t) => !grouped.has(t.name)),
  );
  const groups = readGroups(model, byName);
  const hpaTargets = [
    ...templates.flatMap((t) =>
      t.model.autoScalingConfig ? [autoscaler('PodClique', t.name, t.model.autoScalingConfig)] : [],
    ),
    ...groups.flatMap((g) =>
      g.model.scaleConfig ? [autoscaler('PodCliqueScalingGroup', g.name, g.model.scaleConfig)] : [],
    ),
  ];
  const standalonePods = sumPods(standalone);
  let podCliques = BigInt(standalone.length);
  let pods = BigInt(standalonePods);
  let gangs = 1n;
  for (const g of groups) {
    podCliques += BigInt(g.replicas) * BigInt(g.members.length);
    pods += BigInt(g.replicas) * BigInt(g.podsPerReplica);
    gangs += BigInt(g.scaledReplicas);
  }
  return {
    pcs: model.name ?? '',
    namespace: model.namespace || 'default',
    replicas: BigInt(countOf(model.replicas)),
    templates,
    standalone,
    standalonePods,
    groups,
    hpaTargets,
    podCliquesPerReplica: podCliques,
    podsPerReplica: pods,
    gangsPerReplica: gangs,
  };
}

/**
 * How a scaling group's replicas fall into PodGangs (REFERENCE (f)): those below minAvailable join the
 * base gang; every further replica is a scaled gang of its own.
 */
export function gangReplicas(
  replicas: number,
  minAvailable: number,
): { readonly baseReplicas: number; readonly scaledReplicas: number } {
  const baseReplicas = Math.max(0, Math.min(minAvailable, replicas));
  return { baseReplicas, scaledReplicas: Math.max(0, replicas - baseReplicas) };
}
