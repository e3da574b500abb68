/**
 * The Grove operator settings that change admission verdicts (REFERENCE section 0).
 * Defaults are Grove's Helm defaults.
 */
export interface TopologyLevel {
  readonly domain: string;
  readonly key: string;
}

/** A ClusterTopologyBinding that exists in the cluster. */
export interface TopologyBinding {
  readonly name: string;
  readonly levels: readonly TopologyLevel[];
}

export interface ClusterSettings {
  /** `scheduler.profiles[].name`: the enabled scheduler backends. */
  readonly schedulerProfiles: readonly string[];
  /** `scheduler.defaultProfileName`: what an empty `podSpec.schedulerName` resolves to. */
  readonly defaultSchedulerProfile: string;
  /** `topologyAwareScheduling.enabled`. */
  readonly topologyAwareScheduling: boolean;
  /** `network.autoMNNVLEnabled`. */
  readonly autoMNNVL: boolean;
  /** ClusterTopologyBindings that exist in the cluster. */
  readonly topologyBindings: readonly TopologyBinding[];
}

export const HELM_DEFAULTS: ClusterSettings = {
  schedulerProfiles: ['default-scheduler', 'kai-scheduler'],
  defaultSchedulerProfile: 'default-scheduler',
  topologyAwareScheduling: false,
  autoMNNVL: false,
  topologyBindings: [],
};

export function withDefaults(settings: Partial<ClusterSettings> | undefined): ClusterSettings {
  return { ...HELM_DEFAULTS, ...(settings ?? {}) };
}
