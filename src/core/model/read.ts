import type {
  AutoScalingModel,
  CliqueModel,
  PodCliqueSetModel,
  ResourceClaimTemplateModel,
  ResourceSharingModel,
  ScalingGroupModel,
  StringMap,
  TopologyConstraintModel,
} from './types';

/** Narrowing helpers for JSON-like values read from a manifest. */
export type Json = Readonly<Record<string, unknown>>;

export function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function obj(value: unknown, key: string): Json | undefined {
  if (!isObject(value)) return undefined;
  const field = value[key];
  return isObject(field) ? field : undefined;
}

export function list(value: unknown, key: string): readonly unknown[] | undefined {
  if (!isObject(value)) return undefined;
  const field = value[key];
  return Array.isArray(field) ? field : undefined;
}

export function str(value: unknown, key: string): string | undefined {
  if (!isObject(value)) return undefined;
  const field = value[key];
  return typeof field === 'string' ? field : undefined;
}

/** An integer field (a float with no fraction counts, as the API server reads it). */
export function int(value: unknown, key: string): number | undefined {
  if (!isObject(value)) return undefined;
  const field = value[key];
  return typeof field === 'number' && Number.isInteger(field) ? field : undefined;
}

export function bool(value: unknown, key: string): boolean | undefined {
  if (!isObject(value)) return undefined;
  const field = value[key];
  return typeof field === 'boolean' ? field : undefined;
}

export function has(value: unknown, key: string): boolean {
  return isObject(value) && key in value && value[key] !== undefined;
}

function stringMap(value: unknown): StringMap {
  if (!isObject(value)) return {};
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [k, v] of Object.entries(value)) if (typeof v === 'string') out[k] = v;
  return out;
}

function strings(value: readonly unknown[] | undefined): readonly string[] {
  return (value ?? []).map((v) => (typeof v === 'string' ? v : ''));
}

function readTopology(value: unknown): TopologyConstraintModel | undefined {
  if (!isObject(value)) return undefined;
  const pack = obj(value, 'pack');
  const topologyName = str(value, 'topologyName');
  const packDomain = str(value, 'packDomain');
  const required = str(pack, 'required');
  const preferred = str(pack, 'preferred');
  return {
    hasPack: pack !== undefined,
    ...(topologyName !== undefined ? { topologyName } : {}),
    ...(packDomain !== undefined ? { packDomain } : {}),
    ...(required !== undefined ? { required } : {}),
    ...(preferred !== undefined ? { preferred } : {}),
  };
}

function readSharing(value: readonly unknown[] | undefined): readonly ResourceSharingModel[] {
  return (value ?? []).map((item, index) => {
    const filter = obj(item, 'filter');
    const name = str(item, 'name');
    const namespace = str(item, 'namespace');
    const scope = str(item, 'scope');
    return {
      index,
      ...(name !== undefined ? { name } : {}),
      ...(namespace !== undefined ? { namespace } : {}),
      ...(scope !== undefined ? { scope } : {}),
      ...(filter
        ? {
            filter: {
              childCliqueNames: strings(list(filter, 'childCliqueNames')),
              childScalingGroupNames: strings(list(filter, 'childScalingGroupNames')),
            },
          }
        : {}),
    };
  });
}

function readAutoScaling(value: unknown): AutoScalingModel | undefined {
  if (!isObject(value)) return undefined;
  const minReplicas = int(value, 'minReplicas');
  const maxReplicas = int(value, 'maxReplicas');
  return {
    hasMetrics: (list(value, 'metrics')?.length ?? 0) > 0,
    ...(minReplicas !== undefined ? { minReplicas } : {}),
    ...(maxReplicas !== undefined ? { maxReplicas } : {}),
  };
}

function readClique(item: unknown, index: number): CliqueModel {
  const spec = obj(item, 'spec');
  const name = str(item, 'name');
  const topologyConstraint = readTopology(obj(item, 'topologyConstraint'));
  const roleName = str(spec, 'roleName');
  const replicas = int(spec, 'replicas');
  const minAvailable = int(spec, 'minAvailable');
  const startsAfter = list(spec, 'startsAfter');
  const autoScalingConfig = readAutoScaling(obj(spec, 'autoScalingConfig'));
  return {
    index,
    labels: stringMap(obj(item, 'labels')),
    annotations: stringMap(obj(item, 'annotations')),
    resourceSharing: readSharing(list(item, 'resourceSharing')),
    podSpec: obj(spec, 'podSpec') ?? {},
    ...(name !== undefined ? { name } : {}),
    ...(topologyConstraint ? { topologyConstraint } : {}),
    ...(roleName !== undefined ? { roleName } : {}),
    ...(replicas !== undefined ? { replicas } : {}),
    ...(minAvailable !== undefined ? { minAvailable } : {}),
    ...(startsAfter ? { startsAfter: strings(startsAfter) } : {}),
    ...(autoScalingConfig ? { autoScalingConfig } : {}),
  };
}

function readScalingGroup(item: unknown, index: number): ScalingGroupModel {
  const name = str(item, 'name');
  const replicas = int(item, 'replicas');
  const minAvailable = int(item, 'minAvailable');
  const scaleConfig = readAutoScaling(obj(item, 'scaleConfig'));
  const topologyConstraint = readTopology(obj(item, 'topologyConstraint'));
  return {
    index,
    cliqueNames: strings(list(item, 'cliqueNames')),
    annotations: stringMap(obj(item, 'annotations')),
    resourceSharing: readSharing(list(item, 'resourceSharing')),
    ...(name !== undefined ? { name } : {}),
    ...(replicas !== undefined ? { replicas } : {}),
    ...(minAvailable !== undefined ? { minAvailable } : {}),
    ...(scaleConfig ? { scaleConfig } : {}),
    ...(topologyConstraint ? { topologyConstraint } : {}),
  };
}

function readClaimTemplate(item: unknown, index: number): ResourceClaimTemplateModel {
  const name = str(item, 'name');
  const templateSpec = obj(item, 'templateSpec');
  const requests = list(obj(obj(templateSpec, 'spec'), 'devices'), 'requests');
  return {
    index,
    deviceRequests: requests?.length ?? 0,
    ...(name !== undefined ? { name } : {}),
    ...(templateSpec ? { templateSpec } : {}),
  };
}

/** Reads the typed model of a PodCliqueSet from its (defaulted) JSON value. */
export function readPodCliqueSet(value: unknown): PodCliqueSetModel {
  const metadata = obj(value, 'metadata');
  const spec = obj(value, 'spec');
  const template = obj(spec, 'template');
  const name = str(metadata, 'name');
  const generateName = str(metadata, 'generateName');
  const namespace = str(metadata, 'namespace');
  const replicas = int(spec, 'replicas');
  const updateStrategyType = str(obj(spec, 'updateStrategy'), 'type');
  const cliqueStartupType = str(template, 'cliqueStartupType');
  const priorityClassName = str(template, 'priorityClassName');
  const publishNotReadyAddresses = bool(obj(template, 'headlessServiceConfig'), 'publishNotReadyAddresses');
  const topologyConstraint = readTopology(obj(template, 'topologyConstraint'));
  const terminationDelay = str(template, 'terminationDelay');
  return {
    labels: stringMap(obj(metadata, 'labels')),
    annotations: stringMap(obj(metadata, 'annotations')),
    cliques: (list(template, 'cliques') ?? []).map(readClique),
    resourceClaimTemplates: (list(template, 'resourceClaimTemplates') ?? []).map(readClaimTemplate),
    resourceSharing: readSharing(list(template, 'resourceSharing')),
    scalingGroups: (list(template, 'podCliqueScalingGroups') ?? []).map(readScalingGroup),
    ...(name !== undefined ? { name } : {}),
    ...(generateName !== undefined ? { generateName } : {}),
    ...(namespace !== undefined ? { namespace } : {}),
    ...(replicas !== undefined ? { replicas } : {}),
    ...(updateStrategyType !== undefined ? { updateStrategyType } : {}),
    ...(cliqueStartupType !== undefined ? { cliqueStartupType } : {}),
    ...(priorityClassName !== undefined ? { priorityClassName } : {}),
    ...(publishNotReadyAddresses !== undefined ? { publishNotReadyAddresses } : {}),
    ...(topologyConstraint ? { topologyConstraint } : {}),
    ...(terminationDelay !== undefined ? { terminationDelay } : {}),
  };
}
