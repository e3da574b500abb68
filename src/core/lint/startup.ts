import type { Finding } from '../diagnostics/types';
import { STARTUP_EXPLICIT, STARTUP_IN_ORDER, type PodCliqueSetModel } from '../model/types';
import { cliqueAt, lintFinding } from './paths';

/** h10: `startsAfter` is only honoured with CliqueStartupTypeExplicit. */
export function lintStartsAfter(model: PodCliqueSetModel): Finding[] {
  const type = model.cliqueStartupType;
  if (type === STARTUP_EXPLICIT) return [];
  const instead =
    type === STARTUP_IN_ORDER
      ? 'each clique waits for the clique before it in the list instead'
      : 'the cliques start in any order';
  return model.cliques
    .filter((clique) => (clique.startsAfter?.length ?? 0) > 0)
    .map((clique) =>
      lintFinding(
        'starts-after-ignored',
        cliqueAt(clique.index, 'spec', 'startsAfter'),
        `Grove ignores startsAfter of clique "${clique.name ?? `#${clique.index}`}" because cliqueStartupType is ${type ?? 'not Explicit'}: ${instead}.`,
      ),
    );
}
