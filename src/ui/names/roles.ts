import type { NameRole } from '../../core/names/anatomy';

/** What each part of a generated name is, in the words of Grove's naming guide. */
export const ROLE_LABEL: Readonly<Record<NameRole, string>> = {
  pcs: 'PodCliqueSet',
  pcsIndex: 'PodCliqueSet replica index',
  scalingGroup: 'scaling group',
  scalingGroupIndex: 'scaling-group replica index',
  scaledGangIndex: 'scaled gang index (replica - minAvailable)',
  clique: 'PodClique (clique name)',
  podIndex: 'pod index',
  suffix: 'random suffix (seeded placeholder)',
  separator: 'separator',
  namespace: 'namespace',
  domain: 'cluster domain',
};

/** Roles in the order the legend lists them. */
export const LEGEND_ROLES: readonly NameRole[] = [
  'pcs',
  'pcsIndex',
  'scalingGroup',
  'scalingGroupIndex',
  'clique',
  'podIndex',
  'suffix',
];

/** CSS class of a part; colours come from the theme's `--part-*` variables. */
export function partClass(role: NameRole): string {
  return `part part-${role}`;
}
