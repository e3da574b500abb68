import type { Finding } from '../diagnostics/types';
import type { PodCliqueSetModel } from '../model/types';
import { envNames, scriptTexts } from './containers';
import { groupsByClique } from './indices';
import { cliqueAt, lintFinding } from './paths';

/** Injected into every container of every pod (REFERENCE (e)). */
const EVERY_POD = new Set([
  'GROVE_PCS_NAME',
  'GROVE_PCS_INDEX',
  'GROVE_PCLQ_NAME',
  'GROVE_HEADLESS_SERVICE',
  'GROVE_PCLQ_POD_INDEX',
]);
/** Injected only into the containers of scaling-group members. */
const GROUP_MEMBERS = new Set(['GROVE_PCSG_NAME', 'GROVE_PCSG_INDEX', 'GROVE_PCSG_TEMPLATE_NUM_PODS']);

/** Splitting on "-": awk -F-, cut -d-, IFS=-, split('-'), ${VAR##*-} and the like. */
const SPLITS_ON_HYPHEN =
  /-F\s*['"]?-['"]?(?=[\s'"]|$)|-d\s*['"]?-['"]?(?=[\s'"]|$)|IFS=['"]?-|split\(\s*['"]-['"]|\$\{GROVE_PCLQ_NAME(?:##?|%%?)[^}]*-/;

/** h15: template variables Grove drops in favour of its own. */
export function lintReservedEnv(model: PodCliqueSetModel): Finding[] {
  const out: Finding[] = [];
  const grouped = groupsByClique(model);
  for (const clique of model.cliques) {
    const member = clique.name !== undefined && grouped.has(clique.name);
    for (const { at, text } of envNames(clique))
      if (EVERY_POD.has(text) || (member && GROUP_MEMBERS.has(text)))
        out.push(
          lintFinding(
            'reserved-env-name',
            cliqueAt(clique.index, 'spec', 'podSpec', ...at),
            `Grove injects ${text} into ${EVERY_POD.has(text) ? 'every container' : 'the containers of scaling-group members'} and drops this variable: the container sees Grove's value, not this one.`,
          ),
        );
  }
  return out;
}

/** h16: a script that takes the role from $GROVE_PCLQ_NAME by splitting on "-", for a hyphenated clique name. */
export function lintRoleParsing(model: PodCliqueSetModel): Finding[] {
  const out: Finding[] = [];
  for (const clique of model.cliques) {
    const name = clique.name;
    if (!name?.includes('-')) continue;
    const script = scriptTexts(clique).find(
      ({ text }) => text.includes('GROVE_PCLQ_NAME') && SPLITS_ON_HYPHEN.test(text),
    );
    if (script)
      out.push(
        lintFinding(
          'role-parse-hyphen',
          cliqueAt(clique.index, 'spec', 'podSpec', ...script.at),
          `This script splits $GROVE_PCLQ_NAME on "-" to find the role, but clique "${name}" has a hyphen in its name: the last field is "${name.slice(name.lastIndexOf('-') + 1)}", not "${name}".`,
        ),
      );
  }
  return out;
}
