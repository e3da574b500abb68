import { parseManifest } from '../parse/parse';
import { bool, isObject, list, obj, str } from '../model/read';
import { HELM_DEFAULTS, type ClusterSettings } from './settings';
import { topologyBindingsIn } from './check';

/** Grove's scheduler backend that is always available: its config defaulting adds it when missing. */
const KUBE_SCHEDULER = 'default-scheduler';

export interface OperatorConfigResult {
  readonly settings: ClusterSettings;
  /** What was read, for the user to confirm ("2 scheduler profiles, topology-aware scheduling on"). */
  readonly read: readonly string[];
  /** Why nothing (or not everything) could be read. */
  readonly problems: readonly string[];
}

/** The `config:` block of Grove's Helm values, or an OperatorConfiguration document itself. */
function configBlock(value: unknown): Readonly<Record<string, unknown>> | undefined {
  if (!isObject(value)) return undefined;
  if (str(value, 'kind') === 'OperatorConfiguration') return value;
  const config = obj(value, 'config');
  if (config) return config;
  if (obj(value, 'scheduler') || obj(value, 'topologyAwareScheduling') || obj(value, 'network')) return value;
  return undefined;
}

/**
 * Reads operator settings from text a user pastes or passes with `--config`: an OperatorConfiguration, Grove's
 * Helm values (its `config:` block), and/or ClusterTopologyBinding manifests (they count as existing bindings).
 * Settings not mentioned keep their value in `base` (Grove's Helm defaults by default).
 */
export function readOperatorConfig(
  text: string,
  base: ClusterSettings = HELM_DEFAULTS,
): OperatorConfigResult {
  const parsed = parseManifest(text);
  const read: string[] = [];
  const problems: string[] = [];
  let settings: ClusterSettings = base;
  for (const doc of parsed.documents) {
    if (doc.broken) {
      problems.push(`Document ${doc.index + 1} is not valid YAML.`);
      continue;
    }
    const config = configBlock(doc.value);
    if (!config) continue;
    const scheduler = obj(config, 'scheduler');
    const profiles = list(scheduler, 'profiles')
      ?.map((p) => str(p, 'name'))
      .filter((n): n is string => typeof n === 'string' && n !== '');
    if (profiles && profiles.length > 0) {
      // Grove's config defaulting (SetDefaults_SchedulerConfiguration) always keeps the kube scheduler.
      const enabled = profiles.includes(KUBE_SCHEDULER) ? profiles : [...profiles, KUBE_SCHEDULER];
      settings = { ...settings, schedulerProfiles: enabled };
      read.push(`scheduler profiles: ${enabled.join(', ')}`);
    }
    const defaultProfile = str(scheduler, 'defaultProfileName');
    if (defaultProfile) {
      settings = { ...settings, defaultSchedulerProfile: defaultProfile };
      read.push(`default scheduler: ${defaultProfile}`);
    }
    const tas = bool(obj(config, 'topologyAwareScheduling'), 'enabled');
    if (tas !== undefined) {
      settings = { ...settings, topologyAwareScheduling: tas };
      read.push(`topology-aware scheduling: ${tas ? 'on' : 'off'}`);
    }
    const mnnvl = bool(obj(config, 'network'), 'autoMNNVLEnabled');
    if (mnnvl !== undefined) {
      settings = { ...settings, autoMNNVL: mnnvl };
      read.push(`auto-MNNVL: ${mnnvl ? 'on' : 'off'}`);
    }
  }
  const bindings = topologyBindingsIn(parsed);
  if (bindings.length > 0) {
    const names = new Set(bindings.map((b) => b.name));
    settings = {
      ...settings,
      topologyBindings: [...settings.topologyBindings.filter((b) => !names.has(b.name)), ...bindings],
    };
    read.push(`topology bindings: ${bindings.map((b) => b.name).join(', ')}`);
  }
  if (read.length === 0 && problems.length === 0)
    problems.push(
      "No operator settings found: paste an OperatorConfiguration, the config: block of Grove's Helm values, or a ClusterTopologyBinding.",
    );
  return { settings, read, problems };
}
