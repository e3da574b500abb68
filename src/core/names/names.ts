/**
 * Grove's naming formulas (REFERENCE (c)); every generated name in the designer comes from here.
 * `i` = PodCliqueSet replica, `j` = scaling-group replica, `k` = pod index. Indices are bigint-safe:
 * they are formatted, never added, so `spec.replicas: 1e9` names its last replica exactly.
 */

export type Index = number | bigint;

/** `len(pcs) + len(pcsg) + len(clique) <= 45` (Grove's `maxCombinedResourceNameLength`). */
export const MAX_COMBINED_NAME_LENGTH = 45;
/** DNS-1123 label limit: hostnames, Service names and label values. */
export const MAX_LABEL_LENGTH = 63;
/** The API server keeps at most this much of a `generateName` prefix. */
export const MAX_GENERATE_NAME_PREFIX = 58;
/** Characters the API server appends to a `generateName` prefix. */
export const POD_SUFFIX_LENGTH = 5;
/** Kubernetes' alphabet for generated suffixes (no vowels, no look-alike characters). */
export const SUFFIX_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

export const clusterDomain = 'svc.cluster.local';

export function podCliqueSetReplicaName(pcs: string, i: Index): string {
  return `${pcs}-${i}`;
}

/** Standalone PodClique `<pcs>-<i>-<c>`. */
export function standalonePodCliqueName(pcs: string, i: Index, clique: string): string {
  return `${pcs}-${i}-${clique}`;
}

/** PodCliqueScalingGroup object `<pcs>-<i>-<g>`. */
export function scalingGroupName(pcs: string, i: Index, group: string): string {
  return `${pcs}-${i}-${group}`;
}

/** PodClique of a scaling-group replica `<pcs>-<i>-<g>-<j>-<c>`. */
export function groupPodCliqueName(pcs: string, i: Index, group: string, j: Index, clique: string): string {
  return `${pcs}-${i}-${group}-${j}-${clique}`;
}

export function headlessServiceName(pcs: string, i: Index): string {
  return `${pcs}-${i}`;
}

export function headlessServiceAddress(pcs: string, i: Index, namespace: string): string {
  return `${pcs}-${i}.${namespace}.${clusterDomain}`;
}

export function basePodGangName(pcs: string, i: Index): string {
  return `${pcs}-${i}`;
}

/** Scaled PodGang of scaling-group replica `j >= minAvailable`: `<pcs>-<i>-<g>-<j - minAvailable>`. */
export function scaledPodGangName(pcs: string, i: Index, group: string, scaledIndex: Index): string {
  return `${pcs}-${i}-${group}-${scaledIndex}`;
}

export function podHostname(podClique: string, k: Index): string {
  return `${podClique}-${k}`;
}

export function podGenerateName(podClique: string): string {
  return `${podClique}-`;
}

/** The pod name prefix the API server actually uses (it keeps at most 58 characters). */
export function effectiveGeneratePrefix(podClique: string): string {
  const prefix = podGenerateName(podClique);
  return prefix.length > MAX_GENERATE_NAME_PREFIX ? prefix.slice(0, MAX_GENERATE_NAME_PREFIX) : prefix;
}

export function podFqdn(hostname: string, pcs: string, i: Index, namespace: string): string {
  return `${hostname}.${headlessServiceAddress(pcs, i, namespace)}`;
}

export function serviceAccountName(pcs: string): string {
  return pcs;
}

export function roleName(pcs: string): string {
  return `grove.io:pcs:${pcs}`;
}

export function initContainerSecretName(pcs: string): string {
  return `${pcs}-ic-sat`;
}

/** The number of decimal digits of a non-negative index. */
export function digits(n: Index): number {
  return String(n).length;
}

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN_PART = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;

export function isDns1123Label(value: string): boolean {
  return value.length <= MAX_LABEL_LENGTH && DNS1123_LABEL.test(value);
}

export function isDns1123Subdomain(value: string): boolean {
  return value.length <= 253 && DNS1123_SUBDOMAIN_PART.test(value);
}

export function isDns1035Label(value: string): boolean {
  return value.length <= MAX_LABEL_LENGTH && DNS1035_LABEL.test(value);
}
