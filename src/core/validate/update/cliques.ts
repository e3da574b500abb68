import type { Finding, Locator } from '../../diagnostics/types';
import { str } from '../../model/read';
import {
  STARTUP_EXPLICIT,
  STARTUP_IN_ORDER,
  type CliqueModel,
  type PodCliqueSetModel,
} from '../../model/types';
import { cliqueAt, finding, templateAt } from '../webhook/finding';
import { sameSharing, sameStrings, show } from './equality';

function immutable(
  code: string,
  at: Locator,
  path: string,
  clique: string,
  field: string,
  before: unknown,
  after: unknown,
): Finding {
  return finding(
    code,
    at,
    `${field} of clique '${clique}' is immutable: it cannot change from ${show(before)} to ${show(after)}.`,
    { path },
  );
}

/** U4, U4b: fields of a clique that cannot change (matched by name; Grove's paths carry no index). */
function cliqueFieldRules(now: CliqueModel, old: CliqueModel): Finding[] {
  const out: Finding[] = [];
  const name = now.name ?? '';
  const at = (...rest: (string | number)[]) => cliqueAt(now.index, ...rest);
  if ((now.roleName ?? '') !== (old.roleName ?? ''))
    out.push(
      immutable(
        'update-role-name-immutable',
        at('spec', 'roleName'),
        'spec.template.cliques.spec.roleName',
        name,
        'roleName',
        old.roleName ?? '',
        now.roleName ?? '',
      ),
    );
  if (now.minAvailable !== old.minAvailable) {
    const f = immutable(
      'update-min-available-immutable',
      at('spec', 'minAvailable'),
      'spec.template.cliques.spec.minAvailable',
      name,
      'minAvailable',
      old.minAvailable,
      now.minAvailable,
    );
    out.push({
      ...f,
      message: `${f.message} When minAvailable was left out, Grove copies it from replicas, so a full replace with new replicas changes it too: write the old minAvailable (${show(old.minAvailable)}) explicitly.`,
    });
  }
  if (!sameStrings(now.startsAfter, old.startsAfter))
    out.push(
      immutable(
        'update-starts-after-immutable',
        at('spec', 'startsAfter'),
        'spec.template.cliques.spec.startsAfter',
        name,
        'startsAfter',
        old.startsAfter ?? [],
        now.startsAfter ?? [],
      ),
    );
  const schedulerBefore = str(old.podSpec, 'schedulerName') ?? '';
  const schedulerAfter = str(now.podSpec, 'schedulerName') ?? '';
  if (schedulerBefore !== schedulerAfter)
    out.push(
      immutable(
        'update-scheduler-name-immutable',
        at('spec', 'podSpec', 'schedulerName'),
        'spec.template.cliques.spec.podSpec.schedulerName',
        name,
        'podSpec.schedulerName',
        schedulerBefore,
        schedulerAfter,
      ),
    );
  if (!sameSharing(now.resourceSharing, old.resourceSharing))
    out.push(
      finding(
        'update-clique-resource-sharing-immutable',
        at('resourceSharing'),
        `resourceSharing of clique '${name}' is immutable and cannot change after creation.`,
      ),
    );
  return out;
}

/** U1-U4b: the clique list keeps its composition (and order, for InOrder/Explicit startup). */
export function cliqueUpdateRules(model: PodCliqueSetModel, previous: PodCliqueSetModel): Finding[] {
  const out: Finding[] = [];
  if (model.cliques.length !== previous.cliques.length)
    out.push(
      finding(
        'update-clique-count-changed',
        templateAt('cliques'),
        `The PodCliqueSet had ${previous.cliques.length} cliques and now has ${model.cliques.length}; cliques cannot be added or removed after creation.`,
      ),
    );
  const oldByName = new Map<string, CliqueModel>();
  for (const clique of previous.cliques) oldByName.set(clique.name ?? '', clique);
  const ordered =
    model.cliqueStartupType === STARTUP_IN_ORDER || model.cliqueStartupType === STARTUP_EXPLICIT;
  for (const clique of model.cliques) {
    const name = clique.name ?? '';
    const old = oldByName.get(name);
    if (!old) {
      out.push(
        finding(
          'update-clique-added',
          cliqueAt(clique.index, 'name'),
          `Clique '${name}' did not exist before; the clique composition cannot change after creation.`,
          { path: 'spec.template.cliques.name' },
        ),
      );
      continue;
    }
    if (ordered && clique.index !== old.index)
      out.push(
        finding(
          'update-clique-moved',
          cliqueAt(clique.index, 'name'),
          `Clique '${name}' moved from position ${old.index} to ${clique.index}; with ${model.cliqueStartupType} the clique order cannot change.`,
          { path: 'spec.template.cliques' },
        ),
      );
    out.push(...cliqueFieldRules(clique, old));
  }
  return out;
}
