export { applyCommand } from './apply';
export { applyEdits, invertEdits, sortEdits } from './text-edits';
export { DEFAULT_IMAGE } from './commands/cliques';
export { needsEqualLimit } from './commands/resources';
export { budgetProblem, nameProblem } from './names';
export type {
  EditCommand,
  EditCommandType,
  EditResult,
  ItemRef,
  QuantityValue,
  ScaleRange,
  StartupType,
} from './types';
