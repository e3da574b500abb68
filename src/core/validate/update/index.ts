import type { ClusterSettings } from '../../check/settings';
import type { Finding } from '../../diagnostics/types';
import type { PodCliqueSetModel } from '../../model/types';
import { finding, templateAt } from '../webhook/finding';
import { cliqueUpdateRules } from './cliques';
import { semanticEqual, sameSharing, show } from './equality';
import { groupUpdateRules } from './groups';
import { topologyUpdateRules } from './topology';

/** U5 and U10: PodCliqueSet-level fields that cannot change. */
function templateUpdateRules(
  model: PodCliqueSetModel,
  previous: PodCliqueSetModel,
): {
  startup: Finding[];
  claims: Finding[];
} {
  const startup: Finding[] = [];
  if (model.cliqueStartupType !== previous.cliqueStartupType)
    startup.push(
      finding(
        'update-startup-type-immutable',
        templateAt('cliqueStartupType'),
        `cliqueStartupType is immutable: it cannot change from ${show(previous.cliqueStartupType)} to ${show(model.cliqueStartupType)}.`,
      ),
    );
  const claims: Finding[] = [];
  const templates = (m: PodCliqueSetModel) =>
    m.resourceClaimTemplates.map((t) => ({ name: t.name ?? '', templateSpec: t.templateSpec }));
  if (!semanticEqual(templates(model), templates(previous)))
    claims.push(
      finding(
        'update-claim-templates-immutable',
        templateAt('resourceClaimTemplates'),
        'resourceClaimTemplates are immutable and cannot change after creation.',
      ),
    );
  if (!sameSharing(model.resourceSharing, previous.resourceSharing))
    claims.push(
      finding(
        'update-resource-sharing-immutable',
        templateAt('resourceSharing'),
        'The PodCliqueSet-level resourceSharing is immutable and cannot change after creation.',
      ),
    );
  return { startup, claims };
}

/** U1-U10 in Grove's order: cliques, startup type, scaling groups, topology, claims. */
export function validateUpdate(
  model: PodCliqueSetModel,
  previous: PodCliqueSetModel,
  cluster: ClusterSettings,
): Finding[] {
  const { startup, claims } = templateUpdateRules(model, previous);
  return [
    ...cliqueUpdateRules(model, previous),
    ...startup,
    ...groupUpdateRules(model, previous),
    ...topologyUpdateRules(model, previous, cluster),
    ...claims,
  ];
}
