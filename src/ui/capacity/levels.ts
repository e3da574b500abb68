import type { Level } from '../../core/resources';

export const LEVEL_LABEL: Readonly<Record<Level, string>> = {
  replicas: 'at replicas',
  minAvailable: 'at minAvailable (gang floor)',
  max: 'at autoscaler maximum',
};

export const LEVEL_HINT: Readonly<Record<Level, string>> = {
  replicas: 'Everything the manifest creates.',
  minAvailable:
    'What each base PodGang needs at once to be scheduled: standalone cliques and scaling-group replicas below minAvailable, each clique at its minAvailable pods.',
  max: "Autoscaled cliques and scaling groups at their autoscaler's maxReplicas, the rest at replicas.",
};

/** `nvidia.com/gpu` reads better as GPU; other names stay as written. */
export function resourceLabel(name: string): string {
  if (name === 'nvidia.com/gpu') return 'GPU';
  if (name === 'cpu') return 'CPU';
  if (name === 'memory') return 'Memory';
  return name;
}
