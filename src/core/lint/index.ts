import type { Finding } from '../diagnostics/types';
import type { ValidationContext } from '../check/context';
import type { PodCliqueSetModel } from '../model/types';

/** Stage `lint`: legal but risky patterns (REFERENCE (h)). SCAFFOLD: replaced by the linter. */
export function lintPodCliqueSet(_model: PodCliqueSetModel, _ctx: ValidationContext): Finding[] {
  return [];
}
