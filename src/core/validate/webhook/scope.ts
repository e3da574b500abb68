import type { Operation, ValidationContext } from '../../check/context';
import type { ClusterSettings } from '../../check/settings';
import { STARTUP_EXPLICIT, type PodCliqueSetModel } from '../../model/types';
import { utf8Length } from './k8s/text';

/** Characters the API server appends to a `generateName` before admission. */
const GENERATED_SUFFIX = 5;

/** What every create rule needs, computed once per document. */
export interface Scope {
  readonly model: PodCliqueSetModel;
  readonly cluster: ClusterSettings;
  readonly operation: Operation;
  /** The PodCliqueSet's name as Grove sees it ("" when missing). */
  readonly pcsName: string;
  /** Its length in bytes, counting the 5 random characters of a `generateName`. */
  readonly pcsNameLength: number;
  /** Every name listed in some scaling group's `cliqueNames`. */
  readonly groupedCliques: ReadonlySet<string>;
  readonly cliqueNames: readonly string[];
  readonly explicitStartup: boolean;
}

export function makeScope(model: PodCliqueSetModel, ctx: ValidationContext, operation: Operation): Scope {
  const generateName = model.generateName ?? '';
  const pcsName = model.name ?? '';
  const pcsNameLength =
    pcsName === '' && generateName !== '' ? utf8Length(generateName) + GENERATED_SUFFIX : utf8Length(pcsName);
  const groupedCliques = new Set<string>();
  for (const group of model.scalingGroups) for (const name of group.cliqueNames) groupedCliques.add(name);
  return {
    model,
    cluster: ctx.cluster,
    operation,
    pcsName: pcsName === '' && generateName !== '' ? `${generateName}xxxxx` : pcsName,
    pcsNameLength,
    groupedCliques,
    cliqueNames: model.cliques.map((c) => c.name ?? ''),
    explicitStartup: model.cliqueStartupType === STARTUP_EXPLICIT,
  };
}
