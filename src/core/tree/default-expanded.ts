/** The parts of a design the pod tree's default opening depends on (a `DesignSummary` or a model). */
export interface ExpandableDesign {
  readonly replicas?: number;
  readonly cliques: readonly { readonly name?: string }[];
  readonly scalingGroups: readonly {
    readonly name?: string;
    readonly cliqueNames: readonly string[];
    readonly replicas?: number;
  }[];
}

const enc = encodeURIComponent;

/**
 * The pod tree's open nodes until the user opens or closes one: PCS replica 0, its groups and their first
 * two replicas, and every PodClique under them (keys as in `grove-tree.ts`).
 */
export function defaultExpanded(design: ExpandableDesign | undefined): string[] {
  if (!design || (design.replicas ?? 0) < 1) return [];
  const keys = ['0'];
  const grouped = new Set(design.scalingGroups.flatMap((g) => g.cliqueNames));
  for (const c of design.cliques) if (c.name && !grouped.has(c.name)) keys.push(`0/c:${enc(c.name)}`);
  for (const g of design.scalingGroups) {
    if (!g.name) continue;
    keys.push(`0/g:${enc(g.name)}`);
    for (let j = 0; j < Math.min(2, g.replicas ?? 0); j++) {
      keys.push(`0/g:${enc(g.name)}/${j}`);
      for (const c of g.cliqueNames) keys.push(`0/g:${enc(g.name)}/${j}/c:${enc(c)}`);
    }
  }
  return keys;
}
