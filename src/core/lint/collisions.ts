import type { Finding } from '../diagnostics/types';
import type { PodCliqueSetModel, ScalingGroupModel } from '../model/types';
import { isIndexUpTo } from './index-digits';
import { groupsByClique, lastGroupReplica } from './indices';
import { cliqueAt, groupAt, lintFinding } from './paths';

const LEADING_INDEX = /^(0|[1-9][0-9]*)(?:-(.*))?$/;

/** If `name` reads as `<head><j>-<member>` with `j` an index up to `max`, that index. */
function indexBetween(name: string, head: string, member: string, max: bigint): string | undefined {
  const tail = `-${member}`;
  if (!name.startsWith(head) || !name.endsWith(tail) || name.length < head.length + tail.length + 1)
    return undefined;
  const j = name.slice(head.length, name.length - tail.length);
  return isIndexUpTo(j, max) ? j : undefined;
}

interface Member {
  readonly group: ScalingGroupModel & { readonly name: string };
  readonly clique: string;
}

function membersOf(model: PodCliqueSetModel): Member[] {
  const out: Member[] = [];
  for (const group of model.scalingGroups)
    if (group.name !== undefined)
      for (const clique of new Set(group.cliqueNames))
        if (clique !== '') out.push({ group: { ...group, name: group.name }, clique });
  return out;
}

/** `<g1>-<j1>-<c1>` equal to `<g2>-<j2>-<c2>` when `<g2>` starts with `<g1>-`: the shared name, if any. */
function interleaved(a: Member, b: Member): string | undefined {
  if (!b.group.name.startsWith(`${a.group.name}-`)) return undefined;
  const match = LEADING_INDEX.exec(b.group.name.slice(a.group.name.length + 1));
  if (!match || !isIndexUpTo(match[1]!, lastGroupReplica(a.group))) return undefined;
  const head = match[2] !== undefined ? `${match[2]}-` : '';
  const j2 = indexBetween(a.clique, head, b.clique, lastGroupReplica(b.group));
  return j2 === undefined ? undefined : `${a.group.name}-${match[1]}-${a.clique}`;
}

/** h5: PodClique names Grove would generate twice, and HPAs that would share a name. */
export function lintNameCollisions(model: PodCliqueSetModel): Finding[] {
  const out: Finding[] = [];
  const members = membersOf(model);
  const grouped = groupsByClique(model);
  for (const clique of model.cliques) {
    const name = clique.name;
    if (!name || grouped.has(name)) continue;
    for (const member of members) {
      const j = indexBetween(name, `${member.group.name}-`, member.clique, lastGroupReplica(member.group));
      if (j === undefined) continue;
      out.push(
        lintFinding(
          'generated-name-collision',
          cliqueAt(clique.index, 'name'),
          `Standalone clique "${name}" gets the PodClique name "<pcs>-<i>-${name}", which is also the name of clique "${member.clique}" in replica ${j} of scaling group "${member.group.name}"; only one of them can exist.`,
        ),
      );
      break;
    }
    const group = model.scalingGroups.find((g) => g.name === name);
    if (group && clique.autoScalingConfig && group.scaleConfig)
      out.push(
        lintFinding(
          'hpa-name-collision',
          cliqueAt(clique.index, 'name'),
          `Clique "${name}" and scaling group "${name}" both autoscale, so Grove names both HPAs "<pcs>-<i>-${name}"; only one of them can exist.`,
        ),
      );
  }
  for (const a of members)
    for (const b of members) {
      const shared = interleaved(a, b);
      if (shared)
        out.push(
          lintFinding(
            'generated-name-collision',
            groupAt(b.group.index, 'name'),
            `Scaling group "${b.group.name}" gives clique "${b.clique}" the PodClique name "<pcs>-<i>-${shared}", which clique "${a.clique}" of scaling group "${a.group.name}" also gets; only one of them can exist.`,
          ),
        );
    }
  return out;
}
