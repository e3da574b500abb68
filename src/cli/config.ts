import { readOperatorConfig } from '../core/check/operator-config';
import { HELM_DEFAULTS, type ClusterSettings } from '../core/check/settings';
import { reason, type CliIo } from './io';

/** Grove's scheduler backend that is always available (its config defaulting adds it when missing). */
const KUBE_SCHEDULER = 'default-scheduler';

export type ConfigResult =
  { readonly ok: true; readonly settings: ClusterSettings } | { readonly ok: false; readonly error: string };

/**
 * `--config FILE`: an OperatorConfiguration document or Grove's Helm values (their `config:` block);
 * ClusterTopologyBindings in the file count as existing. Settings the file does not mention keep Grove's
 * Helm defaults. Grove's own defaulting (`SetDefaults_SchedulerConfiguration`) then adds
 * `default-scheduler` to a profile list that lacks it.
 */
export async function readConfig(file: string | undefined, io: CliIo): Promise<ConfigResult> {
  if (file === undefined) return { ok: true, settings: HELM_DEFAULTS };
  let text: string;
  try {
    text = await io.fs.readText(file);
  } catch (error) {
    return { ok: false, error: `cannot read --config ${file}: ${reason(error)}` };
  }
  const result = readOperatorConfig(text);
  if (result.read.length === 0 || result.problems.length > 0)
    return { ok: false, error: `--config ${file}: ${result.problems.join(' ')}` };
  const profiles = result.settings.schedulerProfiles;
  return {
    ok: true,
    settings: {
      ...result.settings,
      schedulerProfiles: profiles.includes(KUBE_SCHEDULER) ? profiles : [...profiles, KUBE_SCHEDULER],
    },
  };
}
