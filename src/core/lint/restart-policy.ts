import type { Finding } from '../diagnostics/types';
import { str } from '../model/read';
import type { PodCliqueSetModel } from '../model/types';
import { cliqueAt, lintFinding } from './paths';

/** h17: an explicit restartPolicy other than Always, which Grove keeps despite its warning. */
export function lintRestartPolicy(model: PodCliqueSetModel): Finding[] {
  const out: Finding[] = [];
  for (const clique of model.cliques) {
    const policy = str(clique.podSpec, 'restartPolicy');
    if (policy === undefined || policy === '' || policy === 'Always') continue;
    out.push(
      lintFinding(
        'restart-policy-not-always',
        cliqueAt(clique.index, 'spec', 'podSpec', 'restartPolicy'),
        `Grove warns that restartPolicy "will be set to Always" but keeps ${policy}: containers of clique "${clique.name ?? `#${clique.index}`}" that exit are not restarted, and the PodClique can fall below minAvailable.`,
      ),
    );
  }
  return out;
}
