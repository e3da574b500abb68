/**
 * The PodCliqueSet as the core reasons about it. Every field is optional: the model is read from
 * whatever the user wrote, and a field of the wrong type reads as absent (the schema stage reports it).
 * `index` fields keep each item's position in its list, since Grove reports paths by index.
 */

export type StringMap = Readonly<Record<string, string>>;

export interface TopologyConstraintModel {
  readonly topologyName?: string;
  readonly packDomain?: string;
  readonly required?: string;
  readonly preferred?: string;
  /** True when a `pack` object is present. */
  readonly hasPack: boolean;
}

export interface ResourceSharingModel {
  readonly index: number;
  readonly name?: string;
  readonly namespace?: string;
  readonly scope?: string;
  readonly filter?: {
    readonly childCliqueNames: readonly string[];
    readonly childScalingGroupNames: readonly string[];
  };
}

export interface AutoScalingModel {
  readonly minReplicas?: number;
  readonly maxReplicas?: number;
  readonly hasMetrics: boolean;
}

export interface CliqueModel {
  readonly index: number;
  readonly name?: string;
  readonly labels: StringMap;
  readonly annotations: StringMap;
  readonly topologyConstraint?: TopologyConstraintModel;
  readonly resourceSharing: readonly ResourceSharingModel[];
  readonly roleName?: string;
  readonly replicas?: number;
  readonly minAvailable?: number;
  /** Raw entries (non-strings read as ""). */
  readonly startsAfter?: readonly string[];
  readonly autoScalingConfig?: AutoScalingModel;
  /** The pod template exactly as written (after defaulting); read with the helpers in `pod-spec.ts`. */
  readonly podSpec: Readonly<Record<string, unknown>>;
}

export interface ScalingGroupModel {
  readonly index: number;
  readonly name?: string;
  /** Raw entries (non-strings read as ""). */
  readonly cliqueNames: readonly string[];
  readonly annotations: StringMap;
  readonly replicas?: number;
  readonly minAvailable?: number;
  readonly scaleConfig?: AutoScalingModel;
  readonly resourceSharing: readonly ResourceSharingModel[];
  readonly topologyConstraint?: TopologyConstraintModel;
}

export interface ResourceClaimTemplateModel {
  readonly index: number;
  readonly name?: string;
  /** Number of `templateSpec.spec.devices.requests`, or 0 when absent. */
  readonly deviceRequests: number;
  /** `templateSpec` as written (compared on update: it is immutable). */
  readonly templateSpec?: Readonly<Record<string, unknown>>;
}

export interface PodCliqueSetModel {
  readonly name?: string;
  /** `metadata.generateName` (kubectl create): the API server appends 5 random characters. */
  readonly generateName?: string;
  readonly namespace?: string;
  readonly labels: StringMap;
  readonly annotations: StringMap;
  readonly replicas?: number;
  readonly updateStrategyType?: string;
  readonly cliques: readonly CliqueModel[];
  readonly cliqueStartupType?: string;
  readonly priorityClassName?: string;
  readonly publishNotReadyAddresses?: boolean;
  readonly topologyConstraint?: TopologyConstraintModel;
  /** As written; parse with `parseDuration`. */
  readonly terminationDelay?: string;
  readonly resourceClaimTemplates: readonly ResourceClaimTemplateModel[];
  readonly resourceSharing: readonly ResourceSharingModel[];
  readonly scalingGroups: readonly ScalingGroupModel[];
}

export const STARTUP_ANY = 'CliqueStartupTypeAnyOrder';
export const STARTUP_IN_ORDER = 'CliqueStartupTypeInOrder';
export const STARTUP_EXPLICIT = 'CliqueStartupTypeExplicit';
export const STARTUP_TYPES = [STARTUP_ANY, STARTUP_IN_ORDER, STARTUP_EXPLICIT] as const;

export const GROVE_API_VERSION = 'grove.io/v1alpha1';
