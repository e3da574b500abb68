import {
  longestPodName,
  nameBudgets as budgets,
  type BudgetOverrides,
  type NameBudget,
} from '../../core/budget/name-budget';
import { activeParts, perSession } from './active';
import { queryName, type Query } from './types';

export interface NameBudgetsArgs {
  readonly overrides?: BudgetOverrides;
  /** Only cliques whose name holds this text (any case); empty or absent: every clique. */
  readonly filter?: string;
  /** Budgets answered at most (the first ones that match). */
  readonly limit: number;
}

export interface NameBudgets {
  readonly pcs: string;
  /** The first `limit` budgets of the cliques that match `filter`. */
  readonly budgets: readonly NameBudget[];
  /** How many cliques match `filter`, and how many there are. */
  readonly matching: number;
  readonly total: number;
  /** The budget of the longest pod name (the guide's "Name Length Analysis"), null when there is none. */
  readonly longest: NameBudget | null;
  /** The PodCliqueSet replicas the budgets are computed at (null without cliques). */
  readonly pcsReplicas: bigint | null;
}

export const nameBudgetsQuery = queryName<NameBudgetsArgs, NameBudgets | null>('nameBudgets');

/** The budgets at the manifest's own counts, computed once per analysis. */
const atManifestCounts = perSession((parts) => budgets(parts.layout));

/**
 * Clique name budgets at the manifest's counts or at what-if counts, filtered and capped here: the page
 * draws a bounded number of cards, and the whole list of the 5 MB manifest's 9,929 cliques took the page
 * 400 ms to receive.
 */
export const nameBudgets: Query<NameBudgetsArgs, NameBudgets | null> = (
  session,
  { overrides, filter = '', limit },
) => {
  const parts = activeParts(session);
  if (!parts) return null;
  const list =
    overrides && Object.keys(overrides).length > 0
      ? budgets(parts.layout, overrides)
      : atManifestCounts(parts);
  const needle = filter.trim().toLowerCase();
  const matching = needle ? list.filter((b) => b.clique.toLowerCase().includes(needle)) : list;
  return {
    pcs: parts.layout.pcs,
    budgets: matching.slice(0, Math.max(0, limit)),
    matching: matching.length,
    total: list.length,
    longest: longestPodName(list),
    pcsReplicas: list[0]?.counts.pcsReplicas ?? null,
  };
};
