import type { Finding } from '../../diagnostics/types';
import type { CliqueModel } from '../../model/types';
import { isDns1123Subdomain } from '../../names/names';
import { overBudget } from './budget';
import { cliqueAt, finding } from './finding';
import { isBlank } from './k8s/text';
import type { Scope } from './scope';

/** C2-C4: a clique's name is set, is a DNS subdomain and fits the name budget when standalone. */
export function cliqueNameRules(scope: Scope, clique: CliqueModel): Finding[] {
  const at = cliqueAt(clique.index, 'name');
  const name = clique.name ?? '';
  if (isBlank(name))
    return [
      finding(
        'clique-name-required',
        at,
        `cliques[${clique.index}] has no name; every clique needs one (it is part of every generated name).`,
      ),
    ];
  const out: Finding[] = [];
  if (!isDns1123Subdomain(name))
    out.push(
      finding(
        'clique-name-invalid',
        at,
        `clique name '${name}' is not a DNS-1123 subdomain: use lower-case letters, digits, '-' and '.', starting and ending with a letter or digit, at most 253 characters.`,
      ),
    );
  if (!scope.groupedCliques.has(name)) {
    const problem = overBudget(scope, name);
    if (problem !== undefined) {
      out.push(finding('clique-name-too-long', at, problem));
      out.push(finding('clique-name-too-long', ['metadata', 'name'], problem));
    }
  }
  return out;
}
