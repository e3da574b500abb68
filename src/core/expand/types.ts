/**
 * What Grove creates from one PodCliqueSet (REFERENCE (c)-(g)), as lazy lists: every count is exact
 * (bigint past 2^53) and any row is computed from its index, so a manifest of a billion pods costs no
 * more than the seed until rows are asked for.
 *
 * This file is the contract between the expansion, the CLI (`expand`), the worker and the panels.
 * Change it only by adding.
 */

/** An exact count or index: a number while it is a safe integer, a bigint beyond. */
export type Count = number | bigint;

export interface LazyList<T> {
  readonly count: Count;
  /** The row at `index` (0 <= index < count); throws RangeError outside. */
  at(index: Count): T;
  /** Rows `start` (inclusive) to `end` (exclusive), clamped to the list. */
  slice(start: Count, end: Count): T[];
}

export interface PodCliqueRow {
  /** PodClique FQN: `<pcs>-<i>-<c>` or `<pcs>-<i>-<g>-<j>-<c>`. */
  readonly name: string;
  /** The clique template's name. */
  readonly template: string;
  readonly pcsReplica: Count;
  /** Scaling-group template name, or null for a standalone clique. */
  readonly scalingGroup: string | null;
  readonly scalingGroupReplica: Count | null;
  readonly replicas: number;
  readonly minAvailable: number;
  readonly podGang: string;
  /** Parent PodClique FQNs this clique waits for (REFERENCE (g)); at most 1000, see `startsAfterCount`. */
  readonly startsAfter: readonly string[];
  readonly labels: Readonly<Record<string, string>>;
  /**
   * The template Grove builds this PodClique from (spec, labels, startup): the first clique template whose
   * name is a suffix of the FQN. Equal to `template` unless another clique's name is a suffix of this
   * one's (REFERENCE (h)4).
   */
  readonly specTemplate: string;
  /** Exact number of parents; above `startsAfter.length` only when the list was cut at 1000. */
  readonly startsAfterCount: number;
  /** Label keys Grove sets whose values only the cluster knows (`grove.io/pod-template-hash`). */
  readonly clusterOnlyLabels: readonly string[];
}

export interface ScalingGroupRow {
  /** `<pcs>-<i>-<g>`. */
  readonly name: string;
  readonly template: string;
  readonly pcsReplica: Count;
  readonly replicas: number;
  readonly minAvailable: number;
  readonly cliqueNames: readonly string[];
}

export interface PodGroupRow {
  /** PodClique FQN. */
  readonly podClique: string;
  /** The clique template's minAvailable. */
  readonly minReplicas: number;
  /** Pods of the group (the PodClique's replicas). */
  readonly pods: number;
}

export interface PodGangRow {
  readonly name: string;
  readonly pcsReplica: Count;
  /** `base`: one per PCS replica; `scaled`: one per scaling-group replica j >= minAvailable. */
  readonly kind: 'base' | 'scaled';
  readonly scalingGroup: string | null;
  readonly scalingGroupReplica: Count | null;
  /** For a scaled gang: `j - minAvailable`, the last part of its name; null for a base gang. */
  readonly scaledIndex: Count | null;
  readonly podGroups: LazyList<PodGroupRow>;
  /** Pods in the gang. */
  readonly pods: Count;
  readonly priorityClassName?: string;
}

export interface ServiceRow {
  readonly name: string;
  readonly pcsReplica: Count;
  /** `<pcs>-<i>.<namespace>.svc.cluster.local`. */
  readonly fqdn: string;
  readonly publishNotReadyAddresses: boolean;
}

export interface HpaRow {
  readonly name: string;
  readonly pcsReplica: Count;
  readonly target: { readonly kind: 'PodClique' | 'PodCliqueScalingGroup'; readonly name: string };
  /** The clique or scaling-group template the HPA scales. */
  readonly template: string;
  readonly minReplicas: number;
  readonly maxReplicas: number;
}

export interface EnvVar {
  readonly name: string;
  /** The value the container sees; values Grove takes from pod labels are resolved. */
  readonly value: string;
  /** Where the value comes from. */
  readonly source: 'grove' | 'grove-downward-api' | 'template';
  /** For `grove-downward-api`: the label it is read from. */
  readonly fromLabel?: string;
  /** For a template variable with `valueFrom`: what it reads (`fieldRef: metadata.name`, `secretKeyRef: s/k`). */
  readonly valueFrom?: string;
  /** The value only exists in the cluster (a Secret, the node, the random pod name); `value` is then "". */
  readonly unresolved?: boolean;
  /** The value as written, when `$(VAR)` references were expanded into `value`. */
  readonly written?: string;
}

export interface StartupWait {
  /** Parent PodClique FQN. */
  readonly podClique: string;
  /** Ready pods of that PodClique the init container waits for. */
  readonly minAvailable: number;
}

export interface PodRow {
  readonly podClique: string;
  /** Pod index k inside its PodClique (the hostname suffix). */
  readonly index: Count;
  readonly pcsReplica: Count;
  readonly template: string;
  readonly scalingGroup: string | null;
  readonly scalingGroupReplica: Count | null;
  /** `<pclq fqn>-`. */
  readonly generateName: string;
  /** `<pclq fqn>-<k>`. */
  readonly hostname: string;
  /** `<pcs>-<i>`. */
  readonly subdomain: string;
  readonly fqdn: string;
  readonly podGang: string;
  readonly labels: Readonly<Record<string, string>>;
  /** Environment of the first container, in order: Grove's variables, then the template's own. */
  readonly env: readonly EnvVar[];
  /** What the `grove-initc` init container waits for; empty when there is none. */
  readonly startsAfter: readonly StartupWait[];
  /** `--podcliques=<fqn>:<minAvailable>` arguments of `grove-initc`. */
  readonly initContainerArgs: readonly string[];
  /**
   * The pod name as kubectl would show it: the `generateName` prefix (cut to 58 characters) plus five
   * characters from Kubernetes' alphabet, drawn deterministically from `ExpandOptions.suffixSeed` and
   * the hostname. The real suffix is random; this one is stable for screenshots and tests.
   */
  readonly name: string;
  /** See `PodCliqueRow.specTemplate`. */
  readonly specTemplate: string;
  /** Parents no clique template matches: Grove then fails to build the pod (`initcontainer.go`). */
  readonly unmatchedParents: readonly string[];
}

/** Objects Grove creates once per PodCliqueSet, whatever its replicas. */
export interface PerPodCliqueSetObjects {
  readonly serviceAccount: string;
  readonly role: string;
  readonly roleBinding: string;
  readonly initContainerSecret: string;
}

export interface ExpansionTotals {
  readonly pcsReplicas: Count;
  readonly podCliques: Count;
  readonly podCliqueScalingGroups: Count;
  readonly podGangs: Count;
  readonly headlessServices: Count;
  readonly hpas: Count;
  readonly pods: Count;
}

export interface ExpandOptions {
  /** Seed of the pod-name suffixes (default 0). */
  readonly suffixSeed?: number;
  /** Scheduler a clique without `schedulerName` resolves to (Helm default `default-scheduler`). */
  readonly defaultScheduler?: string;
}

export interface Expansion {
  readonly name: string;
  readonly namespace: string;
  readonly totals: ExpansionTotals;
  readonly podCliques: LazyList<PodCliqueRow>;
  readonly podCliqueScalingGroups: LazyList<ScalingGroupRow>;
  readonly podGangs: LazyList<PodGangRow>;
  readonly headlessServices: LazyList<ServiceRow>;
  readonly hpas: LazyList<HpaRow>;
  readonly pods: LazyList<PodRow>;
  readonly perPodCliqueSet: PerPodCliqueSetObjects;
}
