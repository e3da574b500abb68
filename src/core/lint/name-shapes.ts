import type { Finding } from '../diagnostics/types';
import type { PodCliqueSetModel } from '../model/types';
import { MAX_COMBINED_NAME_LENGTH } from '../names/names';
import { cliqueAt, groupAt, lintFinding } from './paths';

/** Longer than half of Grove's 45-character budget for the three chosen names. */
const LONG_PCS_NAME = Math.floor(MAX_COMBINED_NAME_LENGTH / 2);

const STARTS_WITH_DIGIT = /^[0-9]/;

/** Names that say nothing about the role in this workload (Grove's naming guide, h2). */
const GENERIC = new Set([
  'leader',
  'worker',
  'main',
  'master',
  'head',
  'node',
  'server',
  'client',
  'app',
  'pod',
  'default',
  'primary',
  'secondary',
  'replica',
  'instance',
  'container',
]);

function dotted(kind: string, name: string): string {
  return `${kind} name "${name}" contains a dot: Grove admits it, but hostnames and Service names must be DNS labels without dots, so the API server refuses the pods.`;
}

/** h3 (dots, leading digit) and h2 (long PodCliqueSet name, generic clique names). */
export function lintNameShapes(model: PodCliqueSetModel): Finding[] {
  const out: Finding[] = [];
  const pcs = model.name;
  if (pcs !== undefined) {
    if (pcs.includes('.'))
      out.push(lintFinding('name-has-dot', ['metadata', 'name'], dotted('PodCliqueSet', pcs)));
    if (STARTS_WITH_DIGIT.test(pcs))
      out.push(
        lintFinding(
          'pcs-name-starts-with-digit',
          ['metadata', 'name'],
          `PodCliqueSet name "${pcs}" starts with a digit: its headless Services ("${pcs}-0", ...) must start with a letter, so the API server refuses them.`,
        ),
      );
    if (pcs.length > LONG_PCS_NAME)
      out.push(
        lintFinding(
          'pcs-name-long',
          ['metadata', 'name'],
          `PodCliqueSet name "${pcs}" has ${pcs.length} characters, more than half of the ${MAX_COMBINED_NAME_LENGTH} Grove allows for it and the scaling-group and clique names together.`,
        ),
      );
  }
  for (const group of model.scalingGroups)
    if (group.name?.includes('.'))
      out.push(
        lintFinding('name-has-dot', groupAt(group.index, 'name'), dotted('Scaling group', group.name)),
      );
  for (const clique of model.cliques) {
    const name = clique.name;
    if (name === undefined) continue;
    if (name.includes('.'))
      out.push(lintFinding('name-has-dot', cliqueAt(clique.index, 'name'), dotted('Clique', name)));
    if (GENERIC.has(name))
      out.push(
        lintFinding(
          'generic-clique-name',
          cliqueAt(clique.index, 'name'),
          `Clique name "${name}" is generic: a second group with the same role could not reuse it; a role-specific name (such as p${name} or d${name}) stays clear.`,
        ),
      );
  }
  return out;
}
