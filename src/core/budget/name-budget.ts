import type { Layout, Slot, GroupLayout } from '../expand/layout';
import { MAX_INT32 } from '../expand/count';
import {
  MAX_COMBINED_NAME_LENGTH,
  MAX_LABEL_LENGTH,
  digits,
  effectiveGeneratePrefix,
  groupPodCliqueName,
  podHostname,
  standalonePodCliqueName,
} from '../names/names';
import { anatomy, type NameAnatomy, type NameKind, type NameSubject } from '../names/anatomy';
import { podSuffix } from '../names/suffix';
import { utf8Length } from '../validate/webhook/k8s/text';

/**
 * How much of its name budgets each clique uses (REFERENCE B.1, (h)1): Grove's 45 characters for the
 * chosen names, and the 63 characters of the PodClique name (a label value), the pod hostname and the pod
 * name at the largest indices; and the largest replica counts that still fit, one count at a time with
 * the others held. Counts can be overridden ("what if prefill had 100 replicas?") without any edit.
 */

export interface LengthCheck {
  /** The name at the largest indices. */
  readonly name: string;
  /** Its parts, for colouring. */
  readonly anatomy: NameAnatomy;
  readonly length: number;
  readonly limit: number;
  readonly spare: number;
}

export interface BudgetPart {
  readonly role: 'pcs' | 'scalingGroup' | 'clique';
  readonly text: string;
  /** Bytes, as the webhook counts them. */
  readonly length: number;
}

export interface Counts {
  readonly pcsReplicas: bigint;
  /** Null for a standalone clique. */
  readonly groupReplicas: bigint | null;
  readonly pods: bigint;
}

export interface NameBudget {
  readonly clique: string;
  readonly scalingGroup: string | null;
  /** The counts the lengths are measured at. */
  readonly counts: Counts;
  readonly combined: { readonly used: number; readonly limit: number; readonly parts: readonly BudgetPart[] };
  readonly podClique: LengthCheck;
  readonly hostname: LengthCheck;
  /** `generateName` (cut at 58) plus a 5-character suffix: never over 63, by construction. */
  readonly podName: LengthCheck & { readonly cut: boolean };
  /** The largest count of each kind whose names all fit 63 characters, the other counts held; capped at 2^31-1. */
  readonly fit: Counts;
}

export interface BudgetOverrides {
  readonly pcsReplicas?: bigint;
  /** By scaling-group name. */
  readonly groupReplicas?: Readonly<Record<string, bigint>>;
  /** Pods per PodClique, by clique name. */
  readonly pods?: Readonly<Record<string, bigint>>;
}

const MAX = BigInt(MAX_INT32);

function larger(...counts: (number | undefined)[]): bigint {
  return BigInt(Math.max(0, ...counts.filter((c): c is number => c !== undefined && Number.isFinite(c))));
}

/** The largest index among `count` items (0 when there are none, so the names can still be shown). */
function lastIndex(count: bigint): bigint {
  return count > 0n ? count - 1n : 0n;
}

function check(kind: NameKind, subject: NameSubject, limit: number): LengthCheck {
  const a = anatomy(kind, subject);
  return { name: a.name, anatomy: a, length: a.name.length, limit, spare: limit - a.name.length };
}

/** The largest count whose last index has at most `spareDigits` digits. */
function fitting(spareDigits: number): bigint {
  if (spareDigits < 1) return 0n;
  if (spareDigits >= 10) return MAX;
  const n = 10n ** BigInt(spareDigits);
  return n > MAX ? MAX : n;
}

function countsOf(layout: Layout, slot: Slot, group: GroupLayout | null, o: BudgetOverrides): Counts {
  const clique = slot.clique.model;
  return {
    pcsReplicas: o.pcsReplicas ?? layout.replicas,
    groupReplicas: group
      ? (o.groupReplicas?.[group.name] ?? larger(group.replicas, group.model.scaleConfig?.maxReplicas))
      : null,
    pods: o.pods?.[slot.clique.name] ?? larger(slot.pods, clique.autoScalingConfig?.maxReplicas),
  };
}

function budgetOf(layout: Layout, slot: Slot, group: GroupLayout | null, o: BudgetOverrides): NameBudget {
  const counts = countsOf(layout, slot, group, o);
  const { pcs } = layout;
  const clique = slot.clique.name;
  const i = lastIndex(counts.pcsReplicas);
  const j = counts.groupReplicas === null ? null : lastIndex(counts.groupReplicas);
  const k = lastIndex(counts.pods);
  const podClique =
    group && j !== null
      ? groupPodCliqueName(pcs, i, group.name, j, clique)
      : standalonePodCliqueName(pcs, i, clique);
  const hostname = podHostname(podClique, k);
  const prefix = effectiveGeneratePrefix(podClique);
  const subject: NameSubject = {
    pcs,
    pcsReplica: i,
    scalingGroup: group?.name ?? null,
    scalingGroupReplica: j,
    clique,
    podIndex: k,
    suffix: podSuffix(0, hostname),
  };
  const parts: BudgetPart[] = [
    { role: 'pcs', text: pcs, length: utf8Length(pcs) },
    ...(group ? [{ role: 'scalingGroup' as const, text: group.name, length: utf8Length(group.name) }] : []),
    { role: 'clique', text: clique, length: utf8Length(clique) },
  ];
  // The hostname without its index digits: each index may have as many digits as the rest leaves.
  const fixed = hostname.length - digits(i) - (j === null ? 0 : digits(j)) - digits(k);
  const room = MAX_LABEL_LENGTH - fixed;
  return {
    clique,
    scalingGroup: group?.name ?? null,
    counts,
    combined: {
      used: parts.reduce((n, p) => n + p.length, 0),
      limit: MAX_COMBINED_NAME_LENGTH,
      parts,
    },
    podClique: check('podClique', subject, MAX_LABEL_LENGTH),
    hostname: check('hostname', subject, MAX_LABEL_LENGTH),
    podName: { ...check('pod', subject, MAX_LABEL_LENGTH), cut: prefix.length <= podClique.length },
    fit: {
      pcsReplicas: fitting(room - (j === null ? 0 : digits(j)) - digits(k)),
      groupReplicas: j === null ? null : fitting(room - digits(i) - digits(k)),
      pods: fitting(room - digits(i) - (j === null ? 0 : digits(j))),
    },
  };
}

/** Every clique's budget, standalone cliques first, then each scaling group's members. */
export function nameBudgets(layout: Layout, overrides: BudgetOverrides = {}): NameBudget[] {
  return [
    ...layout.standalone.map((slot) => budgetOf(layout, slot, null, overrides)),
    ...layout.groups.flatMap((g) => g.members.map((slot) => budgetOf(layout, slot, g, overrides))),
  ];
}

/**
 * The longest pod name among the budgets (the guide's "Name Length Analysis"), or null when none; of
 * equally long names the last one, as the guide picks `pworker` over `pleader`.
 */
export function longestPodName(budgets: readonly NameBudget[]): NameBudget | null {
  let best: NameBudget | null = null;
  for (const b of budgets) if (!best || b.podName.length >= best.podName.length) best = b;
  return best;
}
