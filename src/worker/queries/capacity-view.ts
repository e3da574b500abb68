import { capacityView as view, type CapacityView } from '../../core/capacity-view/view';
import { activeParts } from './active';
import { queryName, type Query } from './types';

export interface CapacityArgs {
  /** Node shape as typed (`{'nvidia.com/gpu': '8', memory: '2Ti'}`), or null for no node counts. */
  readonly shape: Readonly<Record<string, string>> | null;
}

export const capacityViewQuery = queryName<CapacityArgs, CapacityView | null>('capacityView');

/** Requests per PodClique, scaling-group replica, PCS replica and total, with node counts for a shape. */
export const capacityView: Query<CapacityArgs, CapacityView | null> = (session, { shape }) => {
  const parts = activeParts(session);
  return parts ? view(parts.model, shape) : null;
};
