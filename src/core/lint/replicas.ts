import type { Finding } from '../diagnostics/types';
import type { PodCliqueSetModel } from '../model/types';
import { groupAt, lintFinding } from './paths';

/** h6: `spec.replicas` 0 (the CRD default when it is omitted) creates no workload. */
export function lintPcsReplicas(model: PodCliqueSetModel): Finding[] {
  if (model.replicas !== 0) return [];
  return [
    lintFinding(
      'pcs-replicas-zero',
      ['spec', 'replicas'],
      'spec.replicas is 0 (its default when omitted): Grove creates no PodCliques, no PodGangs and no pods.',
    ),
  ];
}

/** h9: a scaling group's `scaleConfig.maxReplicas`, which Grove never checks. */
export function lintScaleConfig(model: PodCliqueSetModel): Finding[] {
  const out: Finding[] = [];
  for (const group of model.scalingGroups) {
    const scale = group.scaleConfig;
    const max = scale?.maxReplicas;
    if (max === undefined) continue;
    const at = groupAt(group.index, 'scaleConfig', 'maxReplicas');
    const name = group.name ?? `#${group.index}`;
    if (scale?.minReplicas !== undefined && max < scale.minReplicas)
      out.push(
        lintFinding(
          'scale-config-max-below-min',
          at,
          `Scaling group "${name}": scaleConfig.maxReplicas ${max} is below minReplicas ${scale.minReplicas}; Grove admits it, but the API server refuses the HPA, so the group never autoscales.`,
        ),
      );
    else if (group.replicas !== undefined && max < group.replicas)
      out.push(
        lintFinding(
          'scale-config-max-below-min',
          at,
          `Scaling group "${name}": scaleConfig.maxReplicas ${max} is below replicas ${group.replicas}; the HPA scales the group down to ${max} replicas as soon as it runs.`,
        ),
      );
  }
  return out;
}
