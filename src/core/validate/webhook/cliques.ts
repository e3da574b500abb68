import type { Finding } from '../../diagnostics/types';
import type { CliqueModel } from '../../model/types';
import { sharingSpecRules } from './claims';
import { dependencyRules, schedulerRules, uniquenessRules } from './clique-list';
import { cliqueNameRules } from './clique-name';
import { autoScalingRules, cliqueCountRules, startsAfterRules } from './clique-spec';
import { cliqueAt, finding, templateAt } from './finding';
import { annotationFindings, labelFindings } from './k8s/metadata-maps';
import { envRules, placementRules } from './pod-spec';
import type { Scope } from './scope';

/** C2-C12 for one clique, in Grove's order: name, labels, annotations, resourceSharing, spec, pod spec. */
function cliqueRules(scope: Scope, clique: CliqueModel): Finding[] {
  return [
    ...cliqueNameRules(scope, clique),
    ...labelFindings('clique-labels-invalid', clique.labels, cliqueAt(clique.index, 'labels')),
    ...annotationFindings(
      'clique-annotations-invalid',
      clique.annotations,
      cliqueAt(clique.index, 'annotations'),
    ),
    ...sharingSpecRules(scope, clique.resourceSharing, cliqueAt(clique.index, 'resourceSharing')),
    ...cliqueCountRules(clique),
    ...startsAfterRules(scope, clique),
    ...autoScalingRules(clique),
    ...placementRules(scope, clique),
    ...envRules(clique),
  ];
}

/** C1-C16: the clique templates, then the rules across cliques. */
export function cliqueTemplateRules(scope: Scope): Finding[] {
  const out: Finding[] = [];
  if (scope.model.cliques.length === 0)
    out.push(
      finding(
        'cliques-required',
        templateAt('cliques'),
        'The PodCliqueSet defines no clique; at least one is required. Grove does not even answer with a field error here: ' +
          'its validator crashes on the empty list and the request fails with HTTP 500 ("panic ... [recovered]").',
      ),
    );
  for (const clique of scope.model.cliques) out.push(...cliqueRules(scope, clique));
  out.push(...uniquenessRules(scope));
  out.push(...schedulerRules(scope));
  out.push(...dependencyRules(scope));
  return out;
}
