import { MAX_COMBINED_NAME_LENGTH } from '../../names/names';
import { utf8Length } from './k8s/text';
import type { Scope } from './scope';

/**
 * B.1: Grove adds up only the user-chosen names (in bytes): PodCliqueSet + clique, plus the scaling
 * group for a member clique. 45 passes, 46 is refused.
 */
export function overBudget(scope: Scope, clique: string, group?: string): string | undefined {
  const cliqueLength = utf8Length(clique);
  const groupLength = group === undefined ? 0 : utf8Length(group);
  const total = scope.pcsNameLength + groupLength + cliqueLength;
  if (total <= MAX_COMBINED_NAME_LENGTH) return undefined;
  const parts = [`PodCliqueSet '${scope.pcsName}' (${scope.pcsNameLength})`];
  if (group !== undefined) parts.push(`scaling group '${group}' (${groupLength})`);
  parts.push(`clique '${clique}' (${cliqueLength})`);
  return (
    `${parts.join(' + ')} = ${total} characters, over Grove's budget of ${MAX_COMBINED_NAME_LENGTH} ` +
    `(generated pod names must stay short); shorten them by ${total - MAX_COMBINED_NAME_LENGTH}.`
  );
}
