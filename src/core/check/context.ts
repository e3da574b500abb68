import type { ClusterSettings } from './settings';

export type Operation = 'CREATE' | 'UPDATE';

/** What every validating stage needs to know besides the object itself. */
export interface ValidationContext {
  readonly cluster: ClusterSettings;
  readonly operation: Operation;
}
