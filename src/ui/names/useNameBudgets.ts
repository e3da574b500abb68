import { useEffect, useState } from 'react';
import type { BudgetOverrides } from '../../core/budget/name-budget';
import { nameBudgetsQuery, type NameBudgets } from '../../worker/queries/name-budgets';
import { useDesignerContext } from '../DesignerContext';

/**
 * The name budgets of the analysis `revision` at the manifest's or what-if counts: the first `limit`
 * cliques whose name holds `filter`, with counts of all (filtered in the worker, see the query).
 */
export function useNameBudgets(
  revision: number,
  overrides: BudgetOverrides,
  filter: string,
  limit: number,
): NameBudgets | null {
  const { core } = useDesignerContext();
  const [budgets, setBudgets] = useState<NameBudgets | null>(null);
  useEffect(() => {
    let live = true;
    void core.query(nameBudgetsQuery, { overrides, filter, limit }).then((a) => live && setBudgets(a.result));
    return () => {
      live = false;
    };
  }, [core, revision, overrides, filter, limit]);
  return budgets;
}
