import type { Finding } from '../../diagnostics/types';
import type { CliqueModel } from '../../model/types';
import { cliqueAt, finding } from './finding';
import { duplicates, isBlank, quoteList, secondIndexOf } from './k8s/text';
import type { Scope } from './scope';

/** C7-C8: replicas and minAvailable of one clique. */
export function cliqueCountRules(clique: CliqueModel): Finding[] {
  const out: Finding[] = [];
  const name = clique.name ?? '';
  const { replicas, minAvailable } = clique;
  if (replicas !== undefined && replicas <= 0)
    out.push(
      finding(
        'clique-replicas-invalid',
        cliqueAt(clique.index, 'spec', 'replicas'),
        `clique '${name}' has replicas ${replicas}; it must be greater than 0.`,
      ),
    );
  const at = cliqueAt(clique.index, 'spec', 'minAvailable');
  if (minAvailable === undefined) {
    out.push(
      finding(
        'clique-min-available-required',
        at,
        `clique '${name}' has no minAvailable (Grove's defaulting normally copies it from replicas).`,
      ),
    );
    return out;
  }
  if (minAvailable <= 0)
    out.push(
      finding(
        'clique-min-available-not-positive',
        at,
        `clique '${name}' has minAvailable ${minAvailable}; it must be greater than 0. ` +
          'When replicas is left out or 0, Grove copies that 0 into minAvailable before it sets replicas to 1: set replicas (or minAvailable) explicitly.',
      ),
    );
  if (replicas !== undefined && minAvailable > replicas)
    out.push(
      finding(
        'clique-min-available-above-replicas',
        at,
        `clique '${name}' has minAvailable ${minAvailable} but only ${replicas} replicas; the gang could never be complete.`,
      ),
    );
  return out;
}

/** C9a-C9c (Explicit startup only): the clique's own startsAfter list. */
export function startsAfterRules(scope: Scope, clique: CliqueModel): Finding[] {
  const deps = clique.startsAfter ?? [];
  if (!scope.explicitStartup || deps.length === 0) return [];
  const out: Finding[] = [];
  const name = clique.name ?? '';
  const path = `spec.template.cliques[${clique.index}].spec.startsAfter`;
  deps.forEach((dep, k) => {
    const at = cliqueAt(clique.index, 'spec', 'startsAfter', k);
    if (isBlank(dep))
      out.push(
        finding('starts-after-empty', at, `startsAfter[${k}] of clique '${name}' is empty.`, { path }),
      );
    if (dep === name)
      out.push(finding('starts-after-self', at, `clique '${name}' cannot start after itself.`, { path }));
  });
  const repeated = duplicates(deps);
  if (repeated.length > 0)
    out.push(
      finding(
        'starts-after-duplicate',
        cliqueAt(clique.index, 'spec', 'startsAfter', secondIndexOf(deps, repeated[0]!)),
        `startsAfter of clique '${name}' lists ${quoteList(repeated)} more than once.`,
        { path },
      ),
    );
  return out;
}

/** C10a-C10c: a clique's autoScalingConfig against its minAvailable and replicas. */
export function autoScalingRules(clique: CliqueModel): Finding[] {
  const auto = clique.autoScalingConfig;
  if (!auto) return [];
  const out: Finding[] = [];
  const name = clique.name ?? '';
  const { minReplicas } = auto;
  // maxReplicas is required by the CRD; Go reads a missing one as 0.
  const maxReplicas = auto.maxReplicas ?? 0;
  const at = (field: string) => cliqueAt(clique.index, 'spec', 'autoScalingConfig', field);
  if (minReplicas !== undefined && clique.minAvailable !== undefined && minReplicas < clique.minAvailable)
    out.push(
      finding(
        'autoscaling-min-below-min-available',
        at('minReplicas'),
        `clique '${name}': autoScalingConfig.minReplicas ${minReplicas} is below minAvailable ${clique.minAvailable}; scaling down that far would break the gang and terminate it.`,
      ),
    );
  if (minReplicas !== undefined && maxReplicas < minReplicas)
    out.push(
      finding(
        'autoscaling-max-below-min',
        at('maxReplicas'),
        `clique '${name}': autoScalingConfig.maxReplicas ${maxReplicas} is below minReplicas ${minReplicas}.`,
      ),
    );
  if (clique.replicas !== undefined && maxReplicas < clique.replicas)
    out.push(
      finding(
        'autoscaling-max-below-replicas',
        at('maxReplicas'),
        `clique '${name}': autoScalingConfig.maxReplicas ${maxReplicas} is below replicas ${clique.replicas}.`,
      ),
    );
  return out;
}
