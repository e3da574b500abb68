import {
  longestPodName,
  nameBudgets as budgets,
  type BudgetOverrides,
  type NameBudget,
} from '../../core/budget/name-budget';
import { activeParts } from './active';
import { queryName, type Query } from './types';

export interface NameBudgets {
  readonly pcs: string;
  readonly budgets: readonly NameBudget[];
  /** Index in `budgets` of the longest pod name (the guide's "Name Length Analysis"), -1 when none. */
  readonly longest: number;
}

export const nameBudgetsQuery = queryName<{ readonly overrides?: BudgetOverrides }, NameBudgets | null>(
  'nameBudgets',
);

/** Every clique's name budget at the manifest's counts or at what-if counts. */
export const nameBudgets: Query<{ readonly overrides?: BudgetOverrides }, NameBudgets | null> = (
  session,
  { overrides },
) => {
  const parts = activeParts(session);
  if (!parts) return null;
  const list = budgets(parts.layout, overrides);
  const longest = longestPodName(list);
  return { pcs: parts.layout.pcs, budgets: list, longest: longest ? list.indexOf(longest) : -1 };
};
