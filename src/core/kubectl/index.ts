export {
  kubectlTables,
  podsTable,
  podCliquesTable,
  scalingGroupsTable,
  podGangsTable,
  podCliqueSetTable,
} from './views';
export type { KubectlOptions, KubectlTables } from './views';
export { PLACEHOLDER, MAX_WINDOW, windowWidths, formatWindow, formatTable } from './table';
export type { KubectlTable } from './table';
export { textWidths, cellWidths, formatLine, TAB_MIN_WIDTH, TAB_PADDING } from './tabwriter';
export {
  applyCommand,
  deletePodCliqueSetCommand,
  getPodsCommand,
  getObjectsCommand,
  getPodCliqueSetCommand,
  shellQuote,
  PART_OF_LABEL,
} from './commands';
export { SORT_LIMIT } from './order';
export { lexRank, lexUnrank } from './lex-order';
