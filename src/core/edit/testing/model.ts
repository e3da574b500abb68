import { readPodCliqueSet } from '../../model/read';
import { parseManifest } from '../../parse/parse';

export interface SimpleClique {
  readonly name?: string;
  readonly replicas?: number;
  readonly minAvailable?: number;
  readonly startsAfter: readonly string[];
}

export interface SimpleGroup {
  readonly name?: string;
  readonly cliqueNames: readonly string[];
  readonly replicas?: number;
  readonly minAvailable?: number;
}

/** What commands describe: names, membership, order, replicas (as written, without defaults). */
export interface SimpleModel {
  readonly name?: string;
  readonly replicas?: number;
  readonly cliques: readonly SimpleClique[];
  readonly groups: readonly SimpleGroup[];
}

/** Reads the SimpleModel of a document. */
export function simpleModel(text: string, docIndex = 0): SimpleModel {
  const doc = parseManifest(text).documents[docIndex]!;
  const pcs = readPodCliqueSet(doc.value);
  return {
    ...(pcs.name !== undefined ? { name: pcs.name } : {}),
    ...(pcs.replicas !== undefined ? { replicas: pcs.replicas } : {}),
    cliques: pcs.cliques.map((c) => ({
      ...(c.name !== undefined ? { name: c.name } : {}),
      ...(c.replicas !== undefined ? { replicas: c.replicas } : {}),
      ...(c.minAvailable !== undefined ? { minAvailable: c.minAvailable } : {}),
      startsAfter: c.startsAfter ?? [],
    })),
    groups: pcs.scalingGroups.map((g) => ({
      ...(g.name !== undefined ? { name: g.name } : {}),
      cliqueNames: g.cliqueNames,
      ...(g.replicas !== undefined ? { replicas: g.replicas } : {}),
      ...(g.minAvailable !== undefined ? { minAvailable: g.minAvailable } : {}),
    })),
  };
}
