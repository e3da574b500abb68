import { useEffect, useState } from 'react';
import type { BudgetOverrides } from '../../core/budget/name-budget';
import { nameBudgetsQuery, type NameBudgets } from '../../worker/queries/name-budgets';
import { useDesignerContext } from '../DesignerContext';

/** Every clique's name budget for the analysis `revision`, at the manifest's counts or what-if counts. */
export function useNameBudgets(revision: number, overrides: BudgetOverrides): NameBudgets | null {
  const { core } = useDesignerContext();
  const [budgets, setBudgets] = useState<NameBudgets | null>(null);
  useEffect(() => {
    let live = true;
    void core.query(nameBudgetsQuery, { overrides }).then((a) => live && setBudgets(a.result));
    return () => {
      live = false;
    };
  }, [core, revision, overrides]);
  return budgets;
}
