import { useMemo, useState } from 'react';
import type { BudgetOverrides } from '../../core/budget/name-budget';

type Counts = Readonly<Record<string, bigint>>;

/** What-if counts for the name budgets: PodCliqueSet replicas, scaling-group replicas, pods per clique. */
export function useWhatIf() {
  const [pcsReplicas, setPcs] = useState<bigint | null>(null);
  const [groups, setGroups] = useState<Counts>({});
  const [pods, setPods] = useState<Counts>({});
  const set = (counts: Counts, name: string, value: bigint | null): Counts => {
    const next = { ...counts };
    if (value === null) delete next[name];
    else next[name] = value;
    return next;
  };
  const overrides = useMemo<BudgetOverrides>(
    () => ({ ...(pcsReplicas !== null ? { pcsReplicas } : {}), groupReplicas: groups, pods }),
    [pcsReplicas, groups, pods],
  );
  return {
    overrides,
    active: pcsReplicas !== null || Object.keys(groups).length > 0 || Object.keys(pods).length > 0,
    setPcsReplicas: setPcs,
    setGroup: (name: string, value: bigint | null) => setGroups((g) => set(g, name, value)),
    setPods: (name: string, value: bigint | null) => setPods((p) => set(p, name, value)),
    reset: () => {
      setPcs(null);
      setGroups({});
      setPods({});
    },
  };
}
