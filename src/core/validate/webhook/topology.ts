import type { Finding } from '../../diagnostics/types';
import type { ClusterSettings } from '../../check/settings';
import type { PodCliqueSetModel } from '../../model/types';
import { formatPath } from '../../parse/locate';
import { finding, templateAt } from './finding';
import { quoteList } from './k8s/text';
import { resolveTopologyName } from './topology-names';
import {
  cliqueSites,
  describeSite,
  groupSites,
  hasAnyConstraint,
  pcsSite,
  preferredDomain,
  requiredDomain,
  type ConstraintSite,
} from './topology-sites';

/** T1: with topology-aware scheduling off, no level may carry a topologyConstraint. */
function disabledRules(model: PodCliqueSetModel): Finding[] {
  const sites = [pcsSite(model), ...cliqueSites(model), ...groupSites(model)];
  return sites.flatMap((site) =>
    site
      ? [
          finding(
            'topology-disabled',
            site.base,
            `${describeSite(site)} has a topologyConstraint, but topology-aware scheduling is disabled in the Grove operator (topologyAwareScheduling.enabled: false).`,
          ),
        ]
      : [],
  );
}

/** T6: every domain written must be one of the ClusterTopologyBinding's levels. */
function domainRules(
  sites: readonly ConstraintSite[],
  binding: string,
  domains: readonly string[],
): Finding[] {
  const out: Finding[] = [];
  for (const site of sites) {
    const { packDomain, required, preferred } = site.constraint;
    const written: [string | undefined, string, string][] = [
      [packDomain, 'packDomain', ''],
      [required, 'pack', 'required'],
      [preferred, 'pack', 'preferred'],
    ];
    for (const [domain, field, sub] of written) {
      if (domain === undefined || domain === '' || domains.includes(domain)) continue;
      const at = sub === '' ? [...site.base, field] : [...site.base, field, sub];
      out.push(
        finding(
          'topology-domain-unknown',
          at,
          `Topology domain '${domain}' of ${describeSite(site)} is not a level of ClusterTopologyBinding '${binding}' (levels: ${quoteList(domains)}).`,
        ),
      );
    }
  }
  return out;
}

type Pick = (site: ConstraintSite) => { domain: string; at: readonly (string | number)[] } | undefined;

/** T7/T8: a parent's domain may not be narrower (later in the level list) than a child's. */
function hierarchyRules(model: PodCliqueSetModel, domains: readonly string[], preferred: boolean): Finding[] {
  const pick: Pick = preferred ? preferredDomain : requiredDomain;
  const code = preferred ? 'topology-preferred-narrower' : 'topology-required-narrower';
  const word = preferred ? 'preferred' : 'required';
  const out: Finding[] = [];
  const check = (parent: ConstraintSite, child: ConstraintSite): void => {
    const p = pick(parent);
    const c = pick(child);
    if (!p || !c) return;
    const pi = domains.indexOf(p.domain);
    const ci = domains.indexOf(c.domain);
    if (pi < 0 || ci < 0 || pi <= ci) return;
    out.push(
      finding(
        code,
        p.at,
        `The ${word} domain '${p.domain}' of ${describeSite(parent)} is narrower than the ${word} domain '${c.domain}' of ${describeSite(child)}; a parent must pack at least as broadly as its children.`,
        { path: formatPath(preferred ? [...parent.base, 'pack', 'preferred'] : parent.base) },
      ),
    );
  };
  const pcs = pcsSite(model);
  const cliques = cliqueSites(model);
  const groups = groupSites(model);
  if (pcs) for (const child of [...cliques, ...groups]) check(pcs, child);
  for (const group of groups)
    for (const member of group.members) {
      const clique = model.cliques.find((c) => c.name === member);
      const child = clique && cliques.find((s) => s.index === clique.index);
      if (child) check(group, child);
    }
  return out;
}

/** Grove's admission warning: a preferred domain broader than the required one at the same level. */
function preferredBroaderWarnings(sites: readonly ConstraintSite[], domains: readonly string[]): Finding[] {
  const out: Finding[] = [];
  for (const site of sites) {
    const r = requiredDomain(site);
    const p = preferredDomain(site);
    if (!r || !p) continue;
    const ri = domains.indexOf(r.domain);
    const pi = domains.indexOf(p.domain);
    if (ri < 0 || pi < 0 || pi >= ri) continue;
    out.push(
      finding(
        'topology-preferred-broader-than-required',
        p.at,
        `${describeSite(site)} prefers domain '${p.domain}', which is broader than its required domain '${r.domain}'; the preference can never matter.`,
      ),
    );
  }
  return out;
}

/**
 * T1-T8 (create, and the legacy repair on update): T2-T4 first; if they fail, T5-T8 are skipped;
 * if T6 fails, T7/T8 are skipped.
 */
export function topologyRules(model: PodCliqueSetModel, cluster: ClusterSettings): Finding[] {
  if (!hasAnyConstraint(model)) return [];
  if (!cluster.topologyAwareScheduling) return disabledRules(model);
  const resolution = resolveTopologyName(model);
  if (resolution.findings.length > 0 || resolution.name === undefined) return [...resolution.findings];
  const name = resolution.name;
  const sites = [pcsSite(model), ...cliqueSites(model), ...groupSites(model)].filter(
    (s): s is ConstraintSite => s !== undefined,
  );
  const binding = cluster.topologyBindings.find((b) => b.name === name);
  if (!binding) {
    // Grove always reports the PodCliqueSet-level path; point at the first place the name is written.
    const written = sites.find((s) => (s.constraint.topologyName ?? '') !== '');
    return [
      finding(
        'topology-binding-not-found',
        written ? [...written.base, 'topologyName'] : templateAt('topologyConstraint', 'topologyName'),
        `ClusterTopologyBinding '${name}' does not exist in the cluster; create it or use an existing one.`,
        { path: 'spec.template.topologyConstraint.topologyName' },
      ),
    ];
  }
  const domains = binding.levels.map((l) => l.domain);
  const unknown = domainRules(sites, name, domains);
  if (unknown.length > 0) return unknown;
  return [
    ...hierarchyRules(model, domains, false),
    ...hierarchyRules(model, domains, true),
    ...preferredBroaderWarnings(sites, domains),
  ];
}
