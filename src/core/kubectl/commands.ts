/**
 * kubectl command lines for a PodCliqueSet, ready to copy. Names and file paths are quoted for a POSIX
 * shell when they need it: valid names never do, but a name is the user's text until Grove admits it,
 * and a copied `name; rm -rf ~` must stay one argument.
 */

export const PART_OF_LABEL = 'app.kubernetes.io/part-of';

/** `-n <ns>` unless the namespace is `default` (what kubectl uses without the flag). */
function namespaceFlag(namespace: string): string {
  return namespace && namespace !== 'default' ? ` -n ${shellQuote(namespace)}` : '';
}

export function shellQuote(text: string): string {
  return /^[A-Za-z0-9_./:=@%+-]+$/.test(text) ? text : `'${text.replaceAll("'", `'\\''`)}'`;
}

export function applyCommand(file: string): string {
  return `kubectl apply -f ${shellQuote(file)}`;
}

export function deletePodCliqueSetCommand(pcs: string, namespace: string): string {
  return `kubectl delete pcs ${shellQuote(pcs)} -n ${shellQuote(namespace || 'default')}`;
}

/** The pods of one PodCliqueSet, as Grove's guides list them. */
export function getPodsCommand(pcs: string, namespace: string, wide: boolean): string {
  return `kubectl get pods -l ${shellQuote(`${PART_OF_LABEL}=${pcs}`)}${wide ? ' -o wide' : ''}${namespaceFlag(namespace)}`;
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
  return `kubectl get ${kind} -l ${shellQuote(`${PART_OF_LABEL}=${pcs}`)}${wide ? ' -o wide' : ''}${namespaceFlag(namespace)}`;
}

export function getPodCliqueSetCommand(pcs: string, namespace: string): string {
  return `kubectl get pcs ${shellQuote(pcs)}${namespaceFlag(namespace)}`;
}
