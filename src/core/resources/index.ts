export { parseQuantity, parseQuantityText, quantity, ZERO, NANO_PER_UNIT } from './quantity';
export type { Quantity, QuantityFormat, QuantityResult } from './quantity';
export { formatQuantity } from './format';
export { add, sum, times, compare, max, isZero, roundUpToMilli, milliValue, value } from './arithmetic';
export {
  addLists,
  maxLists,
  scaleList,
  sumLists,
  resourceNames,
  schedulerAmount,
  EMPTY_RESOURCES,
} from './resource-list';
export type { ResourceList } from './resource-list';
export type { ResourceProblem } from './container-resources';
export { podRequests, isPodLevelResource } from './pod-requests';
export type { PodRequests } from './pod-requests';
export { capacity, LEVELS } from './capacity';
export type { Capacity, CliqueCapacity, GroupCapacity, Level, PerLevel, ProblemInClique } from './capacity';
export { parseNodeShape, estimateNodes } from './nodes';
export type { NodeShape, NodeEstimate, PodSet } from './nodes';
export { capacityNodes } from './capacity-nodes';
export type { CapacityNodes } from './capacity-nodes';
