import type { DesignSummary } from '../../../../core/analysis/types';
import { analyze } from '../../../../core/analysis/analyze';
import { HELM_DEFAULTS } from '../../../../core/check/settings';

/** The design summary the page would receive for `text` (tests only). */
export function designOf(text: string): DesignSummary {
  const { analysis } = analyze({ revision: 1, text, activeDocument: 0, cluster: HELM_DEFAULTS });
  if (!analysis.active) throw new Error('no readable PodCliqueSet');
  return analysis.active.design;
}
