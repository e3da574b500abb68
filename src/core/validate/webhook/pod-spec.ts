import type { Finding, Locator } from '../../diagnostics/types';
import type { CliqueModel } from '../../model/types';
import { isObject, list, str } from '../../model/read';
import { cliqueAt, finding, podSpecPath } from './finding';
import { envNameProblems } from './k8s/names';
import { duplicates, isBlank, quoteList, secondIndexOf } from './k8s/text';
import type { Scope } from './scope';

/** C11a-C11b (create only): Grove places pods itself, so nodeName and topologySpreadConstraints are refused. */
export function placementRules(scope: Scope, clique: CliqueModel): Finding[] {
  if (scope.operation !== 'CREATE') return [];
  const out: Finding[] = [];
  const name = clique.name ?? '';
  const spread = clique.podSpec['topologySpreadConstraints'];
  if (spread !== undefined && spread !== null)
    out.push(
      finding(
        'topology-spread-constraints-forbidden',
        cliqueAt(clique.index, 'spec', 'podSpec', 'topologySpreadConstraints'),
        `clique '${name}' sets podSpec.topologySpreadConstraints; Grove refuses them (even an empty list) because pod placement is its scheduler's job.`,
        { path: podSpecPath(clique.index, ['topologySpreadConstraints']) },
      ),
    );
  const nodeName = str(clique.podSpec, 'nodeName');
  if (!isBlank(nodeName))
    out.push(
      finding(
        'node-name-forbidden',
        cliqueAt(clique.index, 'spec', 'podSpec', 'nodeName'),
        `clique '${name}' pins its pods to node '${nodeName ?? ''}' with podSpec.nodeName; Grove refuses this because it schedules gangs itself.`,
        { path: podSpecPath(clique.index, ['nodeName']) },
      ),
    );
  return out;
}

function containerEnvRules(clique: CliqueModel, field: 'containers' | 'initContainers'): Finding[] {
  const out: Finding[] = [];
  (list(clique.podSpec, field) ?? []).forEach((container, c) => {
    const names: string[] = [];
    const indices: number[] = [];
    const containerName = str(container, 'name') ?? `${field}[${c}]`;
    const base: Locator = [field, c, 'env'];
    (list(container, 'env') ?? []).forEach((entry, e) => {
      if (!isObject(entry)) return;
      const name = str(entry, 'name') ?? '';
      names.push(name);
      indices.push(e);
      const problems = envNameProblems(name);
      if (problems.length > 0)
        out.push(
          finding(
            'env-name-invalid',
            cliqueAt(clique.index, 'spec', 'podSpec', ...base, e, 'name'),
            `environment variable name '${name}' in container '${containerName}': ${problems.join('; ')}.`,
            { path: podSpecPath(clique.index, [...base, e, 'name']) },
          ),
        );
    });
    const repeated = duplicates(names);
    if (repeated.length > 0)
      out.push(
        finding(
          'env-name-duplicate',
          cliqueAt(
            clique.index,
            'spec',
            'podSpec',
            ...base,
            indices[secondIndexOf(names, repeated[0]!)]!,
            'name',
          ),
          `container '${containerName}' defines environment variable ${quoteList(repeated)} more than once.`,
          { path: podSpecPath(clique.index, base) },
        ),
      );
  });
  return out;
}

/** C12a-C12b: environment variable names of every container and init container. */
export function envRules(clique: CliqueModel): Finding[] {
  return [...containerEnvRules(clique, 'containers'), ...containerEnvRules(clique, 'initContainers')];
}
