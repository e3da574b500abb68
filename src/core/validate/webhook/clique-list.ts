import type { Finding } from '../../diagnostics/types';
import { str } from '../../model/read';
import { cliqueAt, finding, templateAt } from './finding';
import { cycles, dependencyGraph, unknownDependencies } from './deps';
import { duplicates, quoteList } from './k8s/text';
import type { Scope } from './scope';

function positions(values: readonly string[], value: string): number[] {
  const out: number[] = [];
  values.forEach((v, i) => {
    if (v === value) out.push(i);
  });
  return out;
}

function describeRepeats(values: readonly string[], repeated: readonly string[], what: string): string {
  return repeated
    .map((value) => {
      const at = positions(values, value).map((i) => `cliques[${i}]`);
      const where = `${at.slice(0, -1).join(', ')} and ${at[at.length - 1]!}`;
      return value === '' ? `${where} all leave ${what} empty` : `${what} '${value}' is used by ${where}`;
    })
    .join('; ');
}

/** C13-C14: clique names and role names are unique across the PodCliqueSet. */
export function uniquenessRules({ model, cliqueNames }: Scope): Finding[] {
  const out: Finding[] = [];
  const names = duplicates(cliqueNames);
  if (names.length > 0) {
    const second = positions(cliqueNames, names[0]!)[1]!;
    out.push(
      finding(
        'clique-name-duplicate',
        cliqueAt(second, 'name'),
        `${describeRepeats(cliqueNames, names, 'clique name')}; clique names must be unique.`,
        { path: 'spec.template.cliques.name' },
      ),
    );
  }
  const roles = model.cliques.map((c) => c.roleName ?? '');
  const repeatedRoles = duplicates(roles);
  if (repeatedRoles.length > 0) {
    const second = positions(roles, repeatedRoles[0]!)[1]!;
    const note = repeatedRoles.includes('')
      ? ' A roleName left out becomes "", so at most one clique may omit it.'
      : '';
    out.push(
      finding(
        'clique-role-name-duplicate',
        cliqueAt(second, 'spec', 'roleName'),
        `${describeRepeats(roles, repeatedRoles, 'roleName')}; role names must be unique.${note}`,
        { path: 'spec.template.cliques.roleName' },
      ),
    );
  }
  return out;
}

/** C15a-C15b: all cliques resolve to one scheduler, and it is enabled. */
export function schedulerRules({ model, cluster }: Scope): Finding[] {
  if (model.cliques.length === 0) return [];
  const path = 'spec.template.cliques.spec.podSpec.schedulerName';
  const resolved = model.cliques.map((c) => {
    const name = str(c.podSpec, 'schedulerName') ?? '';
    return name === '' ? cluster.defaultSchedulerProfile : name;
  });
  const unique = [...new Set(resolved)];
  const out: Finding[] = [];
  const first = unique[0]!;
  if (unique.length > 1) {
    const odd = resolved.findIndex((name) => name !== first);
    out.push(
      finding(
        'scheduler-name-mixed',
        cliqueAt(odd, 'spec', 'podSpec', 'schedulerName'),
        `The cliques use different schedulers (${quoteList(unique)}, an empty schedulerName meaning '${cluster.defaultSchedulerProfile}'); every pod of a PodCliqueSet must use the same one.`,
        { path },
      ),
    );
  }
  if (!cluster.schedulerProfiles.includes(first))
    out.push(
      finding(
        'scheduler-not-enabled',
        cliqueAt(0, 'spec', 'podSpec', 'schedulerName'),
        `Scheduler '${first}' is not an enabled profile of the Grove operator (enabled: ${quoteList(cluster.schedulerProfiles)}).`,
        { path },
      ),
    );
  return out;
}

/** C16a-C16b (Explicit startup only): every dependency names a clique, and there is no cycle. */
export function dependencyRules({ model, explicitStartup, cliqueNames }: Scope): Finding[] {
  if (!explicitStartup) return [];
  const graph = dependencyGraph(
    model.cliques.map((c) => ({ name: c.name ?? '', deps: c.startsAfter ?? [] })),
  );
  const out: Finding[] = [];
  const unknown = unknownDependencies(graph, new Set(cliqueNames));
  if (unknown.length > 0) {
    const owner = model.cliques.find((c) => (c.startsAfter ?? []).includes(unknown[0]!))!;
    out.push(
      finding(
        'starts-after-unknown',
        cliqueAt(owner.index, 'spec', 'startsAfter', owner.startsAfter!.indexOf(unknown[0]!)),
        `startsAfter names ${quoteList(unknown)}, which ${unknown.length === 1 ? 'is not a clique' : 'are not cliques'} of this PodCliqueSet.`,
        { path: 'spec.template.cliques.startsAfter' },
      ),
    );
  }
  const found = cycles(graph);
  if (found.length > 0) {
    const first = model.cliques.find((c) => c.name === found[0]![0]);
    out.push(
      finding(
        'starts-after-cycle',
        first ? cliqueAt(first.index, 'spec', 'startsAfter') : templateAt('cliques'),
        `The startup order has ${found.length === 1 ? 'a cycle' : 'cycles'}: ${found
          .map((cycle) => `${quoteList(cycle)} wait for each other`)
          .join('; ')}; no clique in a cycle could ever start.`,
        { path: 'spec.template.cliques' },
      ),
    );
  }
  return out;
}
