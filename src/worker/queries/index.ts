import type { Query } from './types';
import { rows, rowsQuery } from './rows';
import { treeWindow, treeWindowQuery } from './tree-window';
import { kubectlWindow, kubectlWindowQuery } from './kubectl-window';
import { kubectlText, kubectlTextQuery } from './kubectl-text';
import { decodeName, decodeNameQuery } from './decode-name';
import { nameBudgets, nameBudgetsQuery } from './name-budgets';
import { gangMembership, gangMembershipQuery } from './gang-membership';
import { capacityView, capacityViewQuery } from './capacity-view';
import { editCommand, editCommandQuery } from './edit-command';
import { workshopGoal, workshopGoalQuery } from './workshop-goal';
import {
  cleanForApplyEdits,
  cleanForApplyQuery,
  judgeOpen,
  judgeOpenQuery,
  writeDefaultsEdits,
  writeDefaultsQuery,
} from './file-edits';
import { exportText, exportTextQuery } from './export-text';
import { liveCompare, liveCompareQuery } from './live-compare';

/**
 * Every query the worker answers, by name. A panel that needs something new from the core adds a file in
 * this folder (its `queryName` and its function) and one line here.
 */
export const queries: ReadonlyMap<string, Query<never, unknown>> = new Map<string, Query<never, unknown>>([
  [rowsQuery.name, rows],
  [treeWindowQuery.name, treeWindow],
  [kubectlWindowQuery.name, kubectlWindow],
  [kubectlTextQuery.name, kubectlText],
  [decodeNameQuery.name, decodeName],
  [nameBudgetsQuery.name, nameBudgets],
  [gangMembershipQuery.name, gangMembership],
  [capacityViewQuery.name, capacityView],
  [editCommandQuery.name, editCommand],
  [workshopGoalQuery.name, workshopGoal],
  [cleanForApplyQuery.name, cleanForApplyEdits],
  [writeDefaultsQuery.name, writeDefaultsEdits],
  [judgeOpenQuery.name, judgeOpen],
  [exportTextQuery.name, exportText],
  [liveCompareQuery.name, liveCompare],
]);
