import type { Finding } from '../../diagnostics/types';
import { finding } from './finding';
import { annotationFindings, labelFindings } from './k8s/metadata-maps';
import { dns1123LabelProblems, dns1123SubdomainProblems } from './k8s/names';
import type { Scope } from './scope';

/** Kubernetes' `MaskTrailingDash`: a `generateName` may end in `-`. */
function maskTrailingDash(name: string): string {
  return name.length > 1 && name.endsWith('-') ? `${name.slice(0, -1)}a` : name;
}

/** M1: `ValidateObjectMeta` on the PodCliqueSet (name, namespace, labels, annotations). */
export function metadataRules({ model }: Scope): Finding[] {
  const out: Finding[] = [];
  const name = model.name ?? '';
  const generateName = model.generateName ?? '';
  for (const problem of generateName === '' ? [] : dns1123SubdomainProblems(maskTrailingDash(generateName)))
    out.push(
      finding(
        'metadata-name-invalid',
        ['metadata', 'generateName'],
        `generateName '${generateName}' ${problem}.`,
      ),
    );
  if (name === '' && generateName === '')
    out.push(
      finding(
        'metadata-name-invalid',
        ['metadata', 'name'],
        'The PodCliqueSet has no metadata.name (or generateName); every object needs a name.',
        { type: 'Required' },
      ),
    );
  for (const problem of name === '' ? [] : dns1123SubdomainProblems(name))
    out.push(finding('metadata-name-invalid', ['metadata', 'name'], `name '${name}' ${problem}.`));
  const namespace = model.namespace ?? '';
  if (namespace === '')
    out.push(
      finding(
        'metadata-namespace-invalid',
        ['metadata', 'namespace'],
        'The PodCliqueSet is namespaced, but no namespace could be read.',
        { type: 'Required' },
      ),
    );
  for (const problem of namespace === '' ? [] : dns1123LabelProblems(namespace))
    out.push(
      finding(
        'metadata-namespace-invalid',
        ['metadata', 'namespace'],
        `namespace '${namespace}' ${problem}.`,
      ),
    );
  out.push(...labelFindings('metadata-labels-invalid', model.labels, ['metadata', 'labels']));
  out.push(
    ...annotationFindings('metadata-annotations-invalid', model.annotations, ['metadata', 'annotations']),
  );
  return out;
}
