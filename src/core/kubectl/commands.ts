/**
 * kubectl command lines for a PodCliqueSet, ready to copy. Names are DNS labels and need no quoting;
 * file paths are quoted for a POSIX shell when they need it.
 */

export const PART_OF_LABEL = 'app.kubernetes.io/part-of';

/** `-n <ns>` unless the namespace is `default` (what kubectl uses without the flag). */
function namespaceFlag(namespace: string): string {
  return namespace && namespace !== 'default' ? ` -n ${namespace}` : '';
}

export function shellQuote(text: string): string {
  return /^[A-Za-z0-9_./:=@%+-]+$/.test(text) ? text : `'${text.replaceAll("'", `'\\''`)}'`;
}

export function applyCommand(file: string): string {
  return `kubectl apply -f ${shellQuote(file)}`;
}

export function deletePodCliqueSetCommand(pcs: string, namespace: string): string {
  return `kubectl delete pcs ${pcs} -n ${namespace || 'default'}`;
}

/** The pods of one PodCliqueSet, as Grove's guides list them. */
export function getPodsCommand(pcs: string, namespace: string, wide: boolean): string {
  return `kubectl get pods -l ${PART_OF_LABEL}=${pcs}${wide ? ' -o wide' : ''}${namespaceFlag(namespace)}`;
}

/**
 * Grove objects of one PodCliqueSet (`pclq`, `pcsg`, `pg`). Every object Grove creates carries the
 * `part-of` label, so the selector lists exactly the rows of the view (a bare `kubectl get pclq` would
 * also list other PodCliqueSets' objects in the namespace).
 */
export function getObjectsCommand(
  kind: 'pclq' | 'pcsg' | 'pg',
  pcs: string,
  namespace: string,
  wide: boolean,
) {
  return `kubectl get ${kind} -l ${PART_OF_LABEL}=${pcs}${wide ? ' -o wide' : ''}${namespaceFlag(namespace)}`;
}

export function getPodCliqueSetCommand(pcs: string, namespace: string): string {
  return `kubectl get pcs ${pcs}${namespaceFlag(namespace)}`;
}
