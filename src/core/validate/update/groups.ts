import type { Finding } from '../../diagnostics/types';
import type { PodCliqueSetModel, ScalingGroupModel } from '../../model/types';
import { finding, groupAt, templateAt } from '../webhook/finding';
import { sameSharing, sameStrings, show } from './equality';

/** U6-U8: the scaling groups keep their number, names, cliqueNames, minAvailable and resourceSharing. */
export function groupUpdateRules(model: PodCliqueSetModel, previous: PodCliqueSetModel): Finding[] {
  const now = model.scalingGroups;
  const old = previous.scalingGroups;
  if (now.length !== old.length)
    return [
      finding(
        'update-group-count-changed',
        templateAt('podCliqueScalingGroups'),
        `The PodCliqueSet had ${old.length} scaling groups and now has ${now.length}; groups cannot be added or removed after creation.`,
      ),
    ];
  const oldByName = new Map<string, ScalingGroupModel>();
  for (const group of old) oldByName.set(group.name ?? '', group);
  const out: Finding[] = [];
  for (const group of now) {
    const name = group.name ?? '';
    const before = oldByName.get(name);
    if (!before) {
      out.push(
        finding(
          'update-group-added',
          groupAt(group.index, 'name'),
          `Scaling group '${name}' did not exist before; the group composition cannot change after creation.`,
          { path: 'spec.template.podCliqueScalingGroups.name' },
        ),
      );
      continue;
    }
    if (!sameStrings(group.cliqueNames, before.cliqueNames))
      out.push(
        finding(
          'update-group-clique-names-immutable',
          groupAt(group.index, 'cliqueNames'),
          `cliqueNames of scaling group '${name}' is immutable: it cannot change from ${show(before.cliqueNames)} to ${show(group.cliqueNames)}.`,
          { path: 'spec.template.podCliqueScalingGroups.cliqueNames' },
        ),
      );
    if (group.minAvailable !== before.minAvailable)
      out.push(
        finding(
          'update-group-min-available-immutable',
          groupAt(group.index, 'minAvailable'),
          `minAvailable of scaling group '${name}' is immutable: it cannot change from ${show(before.minAvailable)} to ${show(group.minAvailable)}.`,
          { path: 'spec.template.podCliqueScalingGroups.minAvailable' },
        ),
      );
    if (!sameSharing(group.resourceSharing, before.resourceSharing))
      out.push(
        finding(
          'update-group-resource-sharing-immutable',
          groupAt(group.index, 'resourceSharing'),
          `resourceSharing of scaling group '${name}' is immutable and cannot change after creation.`,
          { path: 'spec.template.podCliqueScalingGroups.resourceSharing' },
        ),
      );
  }
  return out;
}
