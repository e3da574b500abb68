import type { Finding } from '../diagnostics/types';
import type { CliqueModel, PodCliqueSetModel, ScalingGroupModel } from '../model/types';
import { groupPodCliqueName, standalonePodCliqueName } from '../names/names';
import { someIndexEndsWith, isIndexUpTo } from './index-digits';
import { groupsByClique, lastGroupReplica, lastPcsReplica } from './indices';
import { cliqueAt, lintFinding } from './paths';

/** A piece of a generated name: fixed text, or a replica index between 0 and `max`. */
type Part = string | { readonly max: bigint };

const DIGIT = /[0-9]/;

/**
 * True when `text` is a suffix of some name built from `parts` (indices within their range):
 * matched from the end, so a text that starts inside a part still counts.
 */
export function isSuffixOfSome(text: string, parts: readonly Part[]): boolean {
  let end = text.length;
  for (let p = parts.length - 1; p >= 0; p--) {
    if (end === 0) return true;
    const part = parts[p]!;
    if (typeof part === 'string') {
      if (end < part.length) return part.endsWith(text.slice(0, end));
      if (text.slice(end - part.length, end) !== part) return false;
      end -= part.length;
    } else {
      let start = end;
      while (start > 0 && DIGIT.test(text[start - 1]!)) start--;
      const run = text.slice(start, end);
      if (start === 0) return someIndexEndsWith(run, part.max);
      if (!isIndexUpTo(run, part.max)) return false;
      end = start;
    }
  }
  return end === 0;
}

/** The fixed part of a PodClique name before the clique name: `<pcs>-<i>-` or `<pcs>-<i>-<g>-<j>-`. */
function prefixParts(pcs: string, i: bigint, group: ScalingGroupModel | undefined): Part[] {
  const base: Part[] = [pcs, '-', { max: i }, '-'];
  return group?.name !== undefined ? [...base, group.name, '-', { max: lastGroupReplica(group) }, '-'] : base;
}

function example(model: PodCliqueSetModel, clique: string, group: ScalingGroupModel | undefined): string {
  const pcs = model.name ?? '<pcs>';
  return group?.name !== undefined
    ? groupPodCliqueName(pcs, 0, group.name, 0, clique)
    : standalonePodCliqueName(pcs, 0, clique);
}

/**
 * Earlier templates that end the PodClique names of each clique, found through indexes of names and of
 * their suffixes, so a manifest of 10,000 cliques costs 10,000 short lookups rather than 10^8 comparisons.
 */
class SuffixIndex {
  /** Position of the first clique with each name. */
  private readonly first = new Map<string, number>();
  /** For each proper suffix of a name, the positions (ascending) of the names that end with it. */
  private readonly endingWith = new Map<string, number[]>();

  constructor(private readonly names: readonly string[]) {
    names.forEach((name, position) => {
      if (!this.first.has(name)) this.first.set(name, position);
      for (let k = 1; k < name.length; k++) {
        const suffix = name.slice(k);
        const list = this.endingWith.get(suffix);
        if (list) list.push(position);
        else this.endingWith.set(suffix, [position]);
      }
    });
  }

  /** The first template before `position` whose name ends some PodClique name of that clique. */
  earlierTemplate(position: number, prefix: readonly Part[] | undefined): number | undefined {
    const clique = this.names[position]!;
    let best: number | undefined;
    // Shorter templates: a proper suffix of the clique name (`worker` ends `pworker`).
    for (let k = 1; k < clique.length; k++) {
      const at = this.first.get(clique.slice(k));
      if (at !== undefined && at < position && (best === undefined || at < best)) best = at;
    }
    // Longer templates: they end the name through the prefix (`0-frontend` ends `<pcs>-0-frontend`).
    if (prefix)
      for (const at of this.endingWith.get(clique) ?? []) {
        if (at >= position || (best !== undefined && at >= best)) break;
        const earlier = this.names[at]!;
        if (isSuffixOfSome(earlier.slice(0, earlier.length - clique.length), prefix)) best = at;
      }
    return best;
  }
}

/** h4: a clique whose PodCliques Grove builds from an earlier clique's template. */
export function lintSuffixNames(model: PodCliqueSetModel): Finding[] {
  const out: Finding[] = [];
  const groups = groupsByClique(model);
  const i = lastPcsReplica(model);
  const named = model.cliques.filter((c): c is CliqueModel & { name: string } => !!c.name);
  const index = new SuffixIndex(named.map((c) => c.name));
  for (const [position, clique] of named.entries()) {
    const group = groups.get(clique.name);
    const prefix = model.name ? prefixParts(model.name, i, group) : undefined;
    const at = index.earlierTemplate(position, prefix);
    if (at === undefined) continue;
    const earlier = named[at]!;
    out.push(
      lintFinding(
        'clique-name-suffix',
        cliqueAt(clique.index, 'name'),
        `Grove builds the PodCliques of clique "${clique.name}" from the template of "${earlier.name}": it takes the first clique whose name ends the PodClique name (such as "${example(model, clique.name, group)}"), and "${earlier.name}" comes first.`,
      ),
    );
  }
  return out;
}
