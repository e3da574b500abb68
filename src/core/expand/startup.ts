import { groupPodCliqueName, standalonePodCliqueName, scalingGroupName } from '../names/names';
import { STARTUP_EXPLICIT, STARTUP_IN_ORDER, type PodCliqueSetModel } from '../model/types';
import { countOf } from './count';
import type { GroupLayout, Layout } from './layout';
import type { PodCliquePlace } from './locate';
import type { StartupWait } from './types';

/**
 * Startup order (REFERENCE (g)): which parent PodCliques a PodClique waits for, rewritten to FQNs as
 * Grove does, and the `grove-initc` arguments that enforce it.
 */

/** At most this many parents are listed per PodClique; `startsAfterCount` has the exact number. */
export const MAX_LISTED_PARENTS = 1000;

export interface Startup {
  readonly startsAfter: readonly string[];
  /** Exact number of parents (a parent in a group with a large minAvailable counts once per base replica). */
  readonly count: number;
  readonly waits: readonly StartupWait[];
  readonly args: readonly string[];
  /** Parents no template matches: Grove refuses to build the pod (`initcontainer.go`). */
  readonly unmatched: readonly string[];
}

const NO_STARTUP: Startup = { startsAfter: [], count: 0, waits: [], args: [], unmatched: [] };

/** Parent clique names before FQN rewriting: the previous clique (InOrder) or `startsAfter` (Explicit). */
function parentNames(model: PodCliqueSetModel, place: PodCliquePlace): readonly string[] {
  const spec = place.slot.spec;
  if (model.cliqueStartupType === STARTUP_IN_ORDER) {
    const previous = spec.index > 0 ? model.cliques[spec.index - 1]?.name : undefined;
    return previous ? [previous] : [];
  }
  if (model.cliqueStartupType === STARTUP_EXPLICIT) return spec.model.startsAfter ?? [];
  return [];
}

/** First scaling group listing the clique (Grove's `FindScalingGroupConfigForClique`). */
function groupOf(layout: Layout, clique: string): GroupLayout | undefined {
  return layout.groups.find((g) => g.model.cliqueNames.includes(clique));
}

/** Parents as Grove writes them into the PodClique's `spec.startsAfter`, up to `limit` entries. */
function parentFqns(layout: Layout, place: PodCliquePlace, names: readonly string[], limit: number) {
  const { pcs } = layout;
  const { i, group, j } = place;
  const out: string[] = [];
  let count = 0;
  if (group && j >= group.minAvailable) {
    // A scaled replica keeps only parents of its own group, in its own replica (ordering is per PodGang).
    for (const name of names)
      if (group.model.cliqueNames.includes(name)) {
        count++;
        if (out.length < limit) out.push(groupPodCliqueName(pcs, i, group.name, j, name));
      }
    return { out, count };
  }
  for (const name of names) {
    const parentGroup = groupOf(layout, name);
    if (!parentGroup) {
      count++;
      if (out.length < limit) out.push(standalonePodCliqueName(pcs, i, name));
      continue;
    }
    // Every base replica of the parent's group: `0 .. minAvailable-1`, whatever the child's own replica.
    count += parentGroup.minAvailable;
    const fqn = scalingGroupName(pcs, i, parentGroup.name);
    for (let p = 0; p < parentGroup.minAvailable && out.length < limit; p++) out.push(`${fqn}-${p}-${name}`);
  }
  return { out, count };
}

/** The parent's minAvailable as Grove finds it: the first template whose name ends the parent FQN. */
function parentMinAvailable(model: PodCliqueSetModel, fqn: string): number | undefined {
  const found = model.cliques.find((c) => c.name && fqn.endsWith(c.name));
  return found ? countOf(found.minAvailable) : undefined;
}

export function startupOf(
  model: PodCliqueSetModel,
  layout: Layout,
  place: PodCliquePlace,
  limit = MAX_LISTED_PARENTS,
): Startup {
  const names = parentNames(model, place);
  if (names.length === 0) return NO_STARTUP;
  const { out, count } = parentFqns(layout, place, names, limit);
  const waits: StartupWait[] = [];
  const unmatched: string[] = [];
  for (const podClique of out) {
    const minAvailable = parentMinAvailable(model, podClique);
    if (minAvailable === undefined) unmatched.push(podClique);
    else waits.push({ podClique, minAvailable });
  }
  return {
    startsAfter: out,
    count,
    waits,
    args: waits.map((w) => `--podcliques=${w.podClique}:${w.minAvailable}`),
    unmatched,
  };
}
