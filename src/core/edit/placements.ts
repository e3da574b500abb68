import type { Placement } from './map-ops';

/**
 * Where a key a command adds goes in its mapping, following the order Grove's samples and docs
 * write them in (e.g. `minAvailable` right after `replicas`, `startsAfter` after `roleName`).
 */
export const PLACE = {
  spec: {
    replicas: { before: ['updateStrategy', 'template'] },
  },
  template: {
    cliqueStartupType: {
      after: ['terminationDelay', 'priorityClassName'],
      before: ['cliques', 'podCliqueScalingGroups'],
    },
    cliques: { before: ['podCliqueScalingGroups'] },
    podCliqueScalingGroups: { after: ['cliques'] },
  },
  clique: {
    name: { before: ['labels', 'annotations', 'topologyConstraint', 'resourceSharing', 'spec'] },
  },
  cliqueSpec: {
    startsAfter: {
      after: ['roleName'],
      before: ['replicas', 'minAvailable', 'podSpec', 'autoScalingConfig'],
    },
    replicas: {
      after: ['startsAfter', 'roleName'],
      before: ['minAvailable', 'podSpec', 'autoScalingConfig'],
    },
    minAvailable: { after: ['replicas'], before: ['podSpec', 'autoScalingConfig'] },
    autoScalingConfig: {},
  },
  group: {
    cliqueNames: { after: ['name'] },
    replicas: { after: ['cliqueNames', 'name'], before: ['minAvailable', 'scaleConfig'] },
    minAvailable: { after: ['replicas'], before: ['scaleConfig'] },
    scaleConfig: {},
  },
  autoscaling: {
    minReplicas: { before: ['maxReplicas', 'metrics'] },
    maxReplicas: { after: ['minReplicas'], before: ['metrics'] },
  },
  container: {
    resources: {
      before: ['volumeMounts', 'volumeDevices', 'livenessProbe', 'readinessProbe', 'startupProbe'],
    },
  },
  resources: {
    requests: { before: ['limits', 'claims'] },
    limits: { after: ['requests'], before: ['claims'] },
  },
} as const satisfies Record<string, Record<string, Placement>>;
