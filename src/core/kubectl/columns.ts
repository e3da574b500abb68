/**
 * The columns `kubectl get` prints. For Grove's own kinds they are the CRDs' `additionalPrinterColumns`
 * (grove/crds, checked by columns.test.ts); kubectl prints `priority: 1` columns only with `-o wide`, and
 * every header in upper case after a NAME column. Pods use kubectl's built-in pod columns.
 */

export interface PrinterColumn {
  /** As written in the CRD (`MinAvail`); kubectl prints it upper-cased. */
  readonly name: string;
  readonly jsonPath: string;
  readonly type: string;
  /** 1: only with `-o wide`. */
  readonly priority?: number;
}

const AGE: PrinterColumn = { name: 'Age', jsonPath: '.metadata.creationTimestamp', type: 'date' };
const MIN_BREACHED = '.status.conditions[?(@.type=="MinAvailableBreached")].status';

export const PODCLIQUE_COLUMNS: readonly PrinterColumn[] = [
  { name: 'MinAvail', jsonPath: '.spec.minAvailable', type: 'integer' },
  { name: 'Replicas', jsonPath: '.spec.replicas', type: 'integer' },
  { name: 'Ready', jsonPath: '.status.readyReplicas', type: 'integer' },
  { name: 'Scheduled', jsonPath: '.status.scheduledReplicas', type: 'integer' },
  { name: 'Updated', jsonPath: '.status.updatedReplicas', type: 'integer' },
  { name: 'Gated', jsonPath: '.status.scheduleGatedReplicas', type: 'integer', priority: 1 },
  { name: 'MinBreached', jsonPath: MIN_BREACHED, type: 'string', priority: 1 },
  AGE,
];

export const SCALING_GROUP_COLUMNS: readonly PrinterColumn[] = [
  { name: 'MinAvail', jsonPath: '.spec.minAvailable', type: 'integer' },
  { name: 'Replicas', jsonPath: '.spec.replicas', type: 'integer' },
  { name: 'Available', jsonPath: '.status.availableReplicas', type: 'integer' },
  { name: 'Scheduled', jsonPath: '.status.scheduledReplicas', type: 'integer' },
  { name: 'Updated', jsonPath: '.status.updatedReplicas', type: 'integer' },
  { name: 'PCLQs-Updated', jsonPath: '.status.updateProgress.updatedPodCliquesCount', type: 'integer' },
  { name: 'PCLQs-Total', jsonPath: '.status.updateProgress.totalPodCliquesCount', type: 'integer' },
  { name: 'MinBreached', jsonPath: MIN_BREACHED, type: 'string', priority: 1 },
  AGE,
];

export const PODCLIQUESET_COLUMNS: readonly PrinterColumn[] = [
  { name: 'Replicas', jsonPath: '.spec.replicas', type: 'integer' },
  { name: 'Available', jsonPath: '.status.availableReplicas', type: 'integer' },
  { name: 'Updated', jsonPath: '.status.updatedReplicas', type: 'integer' },
  { name: 'PCLQs-Updated', jsonPath: '.status.updateProgress.updatedPodCliquesCount', type: 'integer' },
  { name: 'PCLQs-Total', jsonPath: '.status.updateProgress.totalPodCliquesCount', type: 'integer' },
  {
    name: 'PCSGs-Updated',
    jsonPath: '.status.updateProgress.updatedPodCliqueScalingGroupsCount',
    type: 'integer',
  },
  {
    name: 'PCSGs-Total',
    jsonPath: '.status.updateProgress.totalPodCliqueScalingGroupsCount',
    type: 'integer',
  },
  AGE,
];

/** The PodGang CRD (scheduler.grove.io) is not in grove/crds: kubectl's default for a CRD without printer columns. */
export const PODGANG_COLUMNS: readonly PrinterColumn[] = [AGE];

export interface PodColumn {
  readonly header: string;
  readonly wide: boolean;
}

/** kubectl's built-in pod columns (`kubectl get pods`, `-o wide` adds the last four). */
export const POD_COLUMNS: readonly PodColumn[] = [
  { header: 'READY', wide: false },
  { header: 'STATUS', wide: false },
  { header: 'RESTARTS', wide: false },
  { header: 'AGE', wide: false },
  { header: 'IP', wide: true },
  { header: 'NODE', wide: true },
  { header: 'NOMINATED NODE', wide: true },
  { header: 'READINESS GATES', wide: true },
];

/** The columns `kubectl get` shows, without or with `-o wide`. */
export function shownColumns(columns: readonly PrinterColumn[], wide: boolean): PrinterColumn[] {
  return columns.filter((c) => wide || (c.priority ?? 0) === 0);
}

export function header(column: PrinterColumn): string {
  return column.name.toUpperCase();
}
