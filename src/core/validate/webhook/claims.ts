import type { Finding, Locator } from '../../diagnostics/types';
import type { ResourceSharingModel, ScalingGroupModel } from '../../model/types';
import { formatPath } from '../../parse/locate';
import { finding, groupAt, templateAt } from './finding';
import { duplicates, quoteList, secondIndexOf } from './k8s/text';
import type { Scope } from './scope';

const SCOPES = ['AllReplicas', 'PerReplica'];

/** R1-R3: PCS-level `resourceClaimTemplates`. */
export function claimTemplateRules({ model }: Scope): Finding[] {
  const out: Finding[] = [];
  const names: string[] = [];
  for (const template of model.resourceClaimTemplates) {
    const name = template.name ?? '';
    if (name === '')
      out.push(
        finding(
          'claim-template-name-required',
          templateAt('resourceClaimTemplates', template.index, 'name'),
          `resourceClaimTemplates[${template.index}] has no name; resourceSharing entries refer to templates by name.`,
        ),
      );
    if (template.deviceRequests === 0)
      out.push(
        finding(
          'claim-template-requests-required',
          templateAt('resourceClaimTemplates', template.index, 'templateSpec', 'spec', 'devices', 'requests'),
          `resourceClaimTemplate '${name}' requests no device; it needs at least one entry in templateSpec.spec.devices.requests.`,
        ),
      );
    names.push(name);
  }
  const repeated = duplicates(names);
  if (repeated.length > 0) {
    const second = secondIndexOf(names, repeated[0]!);
    out.push(
      finding(
        'claim-template-name-duplicate',
        templateAt('resourceClaimTemplates', second, 'name'),
        `resourceClaimTemplate name ${quoteList(repeated)} is used more than once; template names must be unique.`,
        { path: 'spec.template.resourceClaimTemplates.name' },
      ),
    );
  }
  return out;
}

/** R4a-R4d: the checks every resourceSharing list gets (PCS, clique and scaling-group level). */
export function sharingSpecRules(
  scope: Scope,
  entries: readonly ResourceSharingModel[],
  base: Locator,
): Finding[] {
  const out: Finding[] = [];
  const templates = new Set(scope.model.resourceClaimTemplates.map((t) => t.name ?? ''));
  const seen = new Set<string>();
  for (const entry of entries) {
    const at = (field: string): Locator => [...base, entry.index, field];
    const name = entry.name ?? '';
    if (name === '')
      out.push(
        finding(
          'resource-sharing-name-required',
          at('name'),
          `${formatPath([...base, entry.index])} has no name; it must name a resourceClaimTemplate.`,
        ),
      );
    if (name !== '' && seen.has(name))
      out.push(
        finding(
          'resource-sharing-name-duplicate',
          at('name'),
          `'${name}' is already shared earlier in this resourceSharing list.`,
        ),
      );
    seen.add(name);
    const namespace = entry.namespace ?? '';
    if (namespace !== '' && name !== '' && templates.has(name))
      out.push(
        finding(
          'resource-sharing-namespace-invalid',
          at('namespace'),
          `'${name}' is one of this PodCliqueSet's own resourceClaimTemplates, so namespace '${namespace}' must be left out.`,
        ),
      );
    const shareScope = entry.scope ?? '';
    if (!SCOPES.includes(shareScope))
      out.push(
        finding(
          'resource-sharing-scope-unsupported',
          at('scope'),
          `scope '${shareScope}' is not supported; use AllReplicas or PerReplica.`,
        ),
      );
  }
  return out;
}

/** R4 + R5: PCS-level resourceSharing and its filters. */
export function pcsSharingRules(scope: Scope): Finding[] {
  const base = templateAt('resourceSharing');
  const out = sharingSpecRules(scope, scope.model.resourceSharing, base);
  const cliques = new Set(scope.cliqueNames);
  const groups = new Set(scope.model.scalingGroups.map((g) => g.name ?? ''));
  for (const entry of scope.model.resourceSharing) {
    const filter = entry.filter;
    if (!filter) continue;
    const at: Locator = [...base, entry.index, 'filter'];
    if (filter.childCliqueNames.length === 0 && filter.childScalingGroupNames.length === 0)
      out.push(
        finding(
          'resource-sharing-filter-empty',
          at,
          `The filter of '${entry.name ?? ''}' lists no childCliqueNames and no childScalingGroupNames; leave the filter out to share with all children.`,
        ),
      );
    filter.childCliqueNames.forEach((name, m) => {
      if (!cliques.has(name))
        out.push(
          finding(
            'resource-sharing-filter-clique-not-found',
            [...at, 'childCliqueNames', m],
            `childCliqueNames names '${name}', which is not a clique of this PodCliqueSet.`,
          ),
        );
    });
    filter.childScalingGroupNames.forEach((name, m) => {
      if (!groups.has(name))
        out.push(
          finding(
            'resource-sharing-filter-group-not-found',
            [...at, 'childScalingGroupNames', m],
            `childScalingGroupNames names '${name}', which is not a podCliqueScalingGroup of this PodCliqueSet.`,
          ),
        );
    });
  }
  return out;
}

/** R4 + R6 (G8): scaling-group resourceSharing; its filter may only name the group's own cliques. */
export function groupSharingRules(scope: Scope, group: ScalingGroupModel): Finding[] {
  const base = groupAt(group.index, 'resourceSharing');
  const out = sharingSpecRules(scope, group.resourceSharing, base);
  const members = new Set(group.cliqueNames);
  for (const entry of group.resourceSharing) {
    const filter = entry.filter;
    if (!filter) continue;
    const at: Locator = [...base, entry.index, 'filter'];
    if (filter.childCliqueNames.length === 0)
      out.push(
        finding(
          'group-sharing-filter-empty',
          at,
          `The filter of '${entry.name ?? ''}' lists no childCliqueNames; leave the filter out to share with every clique of the group.`,
        ),
      );
    filter.childCliqueNames.forEach((name, m) => {
      if (!members.has(name))
        out.push(
          finding(
            'group-sharing-filter-clique-not-found',
            [...at, 'childCliqueNames', m],
            `childCliqueNames names '${name}', which is not in the cliqueNames of scaling group '${group.name ?? ''}'.`,
          ),
        );
    });
  }
  return out;
}
