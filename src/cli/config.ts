import { readOperatorConfig } from '../core/check/operator-config';
import { HELM_DEFAULTS, type ClusterSettings } from '../core/check/settings';
import { reason, type CliIo } from './io';

export type ConfigResult =
  { readonly ok: true; readonly settings: ClusterSettings } | { readonly ok: false; readonly error: string };

/**
 * `--config FILE`: an OperatorConfiguration document or Grove's Helm values (their `config:` block);
 * ClusterTopologyBindings in the file count as existing. Settings the file does not mention keep Grove's
 * Helm defaults (and `default-scheduler` stays enabled, as Grove's config defaulting keeps it).
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
  return { ok: true, settings: result.settings };
}
