import type { Finding } from '../../diagnostics/types';
import type { PodCliqueSetModel } from '../../model/types';
import { finding } from './finding';
import { quoteList } from './k8s/text';
import { cliqueSites, describeSite, groupSites, pcsSite, type ConstraintSite } from './topology-sites';

export interface NameResolution {
  /** The one ClusterTopologyBinding every constraint refers to, when resolution succeeded. */
  readonly name?: string;
  readonly findings: readonly Finding[];
}

/**
 * T2-T4: every constraint's topologyName, written or inherited (clique <- its group's <- the
 * PodCliqueSet's; the PodCliqueSet inherits nothing), must resolve, and all resolve to one name.
 */
export function resolveTopologyName(model: PodCliqueSetModel): NameResolution {
  const findings: Finding[] = [];
  const observed: string[] = [];
  const resolve = (site: ConstraintSite, inherited: string, canInherit: boolean): string | undefined => {
    const written = site.constraint.topologyName ?? '';
    const at = [...site.base, 'topologyName'];
    if (written === '' && (!canInherit || inherited === '')) {
      findings.push(
        finding(
          'topology-name-required',
          at,
          site.kind === 'PodCliqueSet'
            ? 'The PodCliqueSet-level topologyConstraint has no topologyName; it cannot inherit one, so name the ClusterTopologyBinding.'
            : `The topologyConstraint of ${describeSite(site)} has no topologyName and there is none to inherit from its parents; name the ClusterTopologyBinding.`,
        ),
      );
      return undefined;
    }
    if (written !== '' && inherited !== '' && written !== inherited) {
      findings.push(
        finding(
          'topology-name-mismatch',
          at,
          `${describeSite(site)} uses topologyName '${written}' but its parent uses '${inherited}'; all topologyName values in a PodCliqueSet must match.`,
        ),
      );
      return undefined;
    }
    const effective = written === '' ? inherited : written;
    if (!observed.includes(effective)) observed.push(effective);
    return effective;
  };

  const pcs = pcsSite(model);
  const pcsName = pcs ? resolve(pcs, '', false) : undefined;
  const byClique = new Map<string, string>();
  for (const site of groupSites(model)) {
    const effective = resolve(site, pcsName ?? '', pcsName !== undefined);
    if (effective === undefined) continue;
    for (const clique of site.members) if (!byClique.has(clique)) byClique.set(clique, effective);
  }
  for (const site of cliqueSites(model)) {
    const fromGroup = byClique.get(site.name);
    if (fromGroup !== undefined) resolve(site, fromGroup, true);
    else resolve(site, pcsName ?? '', pcsName !== undefined);
  }
  if (observed.length > 1) {
    const sites = [pcs, ...groupSites(model), ...cliqueSites(model)];
    for (const site of sites) {
      const written = site?.constraint.topologyName ?? '';
      if (!site || written === '') continue;
      findings.push(
        finding(
          'topology-name-conflict',
          [...site.base, 'topologyName'],
          `The constraints of this PodCliqueSet refer to different topologies (${quoteList(observed)}); Grove supports one topologyName per PodCliqueSet.`,
        ),
      );
    }
  }
  return findings.length > 0
    ? { findings }
    : { findings, ...(observed[0] !== undefined ? { name: observed[0] } : {}) };
}
