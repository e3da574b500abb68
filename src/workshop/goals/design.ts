import { nameBudgets, type BudgetOverrides } from '../../core/budget/name-budget';
import type { Diagnostic } from '../../core/diagnostics/types';
import type { PodCliqueRow } from '../../core/expand/types';
import { decodeName } from '../../core/names/decode';
import { isDns1123Label } from '../../core/names/names';
import type { GoalSubject } from './subject';
import type { Goal } from './types';

export interface Verdict {
  readonly met: boolean;
  readonly detail?: string;
}

type Design = NonNullable<GoalSubject['design']>;
type DesignGoal = Exclude<Goal, { kind: 'all' | 'any' | 'not' | 'answer' }>;

const verdict = (met: boolean, detail?: string): Verdict => (met || !detail ? { met } : { met, detail });

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function lines(found: readonly Diagnostic[]): string {
  const at = [...new Set(found.map((d) => d.line))].sort((a, b) => a - b).slice(0, 3);
  return at.length === 0 ? '' : ` (line ${at.join(', ')})`;
}

function countOf(diagnostics: readonly Diagnostic[], severity: Diagnostic['severity']): Verdict {
  const found = diagnostics.filter((d) => d.severity === severity);
  return verdict(found.length === 0, `${plural(found.length, severity)} left${lines(found)}`);
}

function groupsOf(design: Design, clique: string) {
  return design.model.scalingGroups.filter((g) => g.cliqueNames.includes(clique));
}

function cliqueExists(design: Design, clique: string): boolean {
  return design.model.cliques.some((c) => c.name === clique);
}

/** Rows of PCS replica 0 (they come first); lesson designs are small, the scan stops early anyway. */
function firstReplicaRows(design: Design): PodCliqueRow[] {
  const rows: PodCliqueRow[] = [];
  const list = design.expansion.podCliques;
  const limit = Math.min(Number(list.count), 10_000);
  for (let i = 0; i < limit; i++) {
    const row = list.at(i);
    if (BigInt(row.pcsReplica) !== 0n) break;
    rows.push(row);
  }
  return rows;
}

function startsAfter(design: Design, clique: string, after: string): Verdict {
  const rows = firstReplicaRows(design);
  const row = rows.find((r) => r.template === clique);
  if (!row) return verdict(false, `the design has no clique named "${clique}"`);
  const parents = row.startsAfter.map((fqn) => rows.find((r) => r.name === fqn)?.template ?? fqn);
  if (parents.includes(after)) return { met: true };
  return verdict(
    false,
    parents.length === 0
      ? `"${clique}" starts without waiting for anything`
      : `"${clique}" waits for ${parents.map((p) => `"${p}"`).join(', ')}`,
  );
}

function hostnamesValid(design: Design, atReplicas: number | null): Verdict {
  let overrides: BudgetOverrides = {};
  if (atReplicas !== null) {
    const n = BigInt(atReplicas);
    const { layout } = design;
    overrides = {
      pcsReplicas: n,
      groupReplicas: Object.fromEntries(layout.groups.map((g) => [g.name, n])),
      pods: Object.fromEntries(layout.templates.map((t) => [t.name, n])),
    };
  }
  const budgets = nameBudgets(design.layout, overrides);
  if (budgets.length === 0) return verdict(false, 'the design has no cliques');
  const bad = budgets.find((b) => !isDns1123Label(b.hostname.name));
  if (!bad) return { met: true };
  const name = bad.hostname.name;
  const why = name.includes('.') ? 'has a dot' : `is ${name.length} characters long`;
  return verdict(false, `"${name}" ${why}`);
}

/** Checks one predicate on the design. */
export function checkDesign(goal: DesignGoal, design: Design, diagnostics: readonly Diagnostic[]): Verdict {
  const { layout, model } = design;
  switch (goal.kind) {
    case 'noErrors':
      return countOf(diagnostics, 'error');
    case 'noWarnings':
      return countOf(diagnostics, 'warning');
    case 'noDiagnostic': {
      const found = diagnostics.filter((d) => d.code === goal.code);
      return verdict(found.length === 0, `still reported${lines(found)}`);
    }
    case 'podCount': {
      const pods = BigInt(design.expansion.totals.pods);
      return verdict(pods === BigInt(goal.equals), `the design makes ${pods} pods`);
    }
    case 'podCliqueExists': {
      const decoded = decodeName(model, goal.name);
      const readings =
        decoded.status === 'found'
          ? [decoded.reading]
          : decoded.status === 'ambiguous'
            ? decoded.readings
            : [];
      return verdict(readings.some((r) => r.kinds.includes('podClique') && r.anatomy.name === goal.name));
    }
    case 'cliqueInGroup': {
      const groups = groupsOf(design, goal.clique).map((g) => g.name);
      const inIt = goal.group === null ? groups.length > 0 : groups.includes(goal.group);
      return verdict(cliqueExists(design, goal.clique) && inIt);
    }
    case 'cliqueStandalone':
      return verdict(cliqueExists(design, goal.clique) && groupsOf(design, goal.clique).length === 0);
    case 'sameGroup':
      return verdict(
        goal.cliques.every((c) => cliqueExists(design, c)) &&
          model.scalingGroups.some((g) => goal.cliques.every((c) => g.cliqueNames.includes(c))),
      );
    case 'groupMembers': {
      const group = layout.groups.find((g) => g.name === goal.group);
      if (!group) return verdict(false, `there is no scaling group "${goal.group}"`);
      return verdict(
        group.members.length === goal.equals,
        `it has ${plural(group.members.length, 'clique')}`,
      );
    }
    case 'groupReplicas': {
      const group = layout.groups.find((g) => g.name === goal.group);
      if (!group) return verdict(false, `there is no scaling group "${goal.group}"`);
      return verdict(group.replicas === goal.equals, `it has ${plural(group.replicas, 'replica')}`);
    }
    case 'cliqueReplicas': {
      const clique = layout.templates.find((t) => t.name === goal.clique);
      if (!clique) return verdict(false, `there is no clique "${goal.clique}"`);
      return verdict(clique.replicas === goal.equals, `it has ${plural(clique.replicas, 'replica')}`);
    }
    case 'pcsReplicas':
      return verdict(
        layout.replicas === BigInt(goal.equals),
        `it has ${layout.replicas} replica${layout.replicas === 1n ? '' : 's'}`,
      );
    case 'hostnamesValid':
      return hostnamesValid(design, goal.atReplicas);
    case 'startsAfter':
      return startsAfter(design, goal.clique, goal.after);
  }
}
