import type { Finding, Locator } from '../../diagnostics/types';
import type { PodCliqueSetModel, StringMap } from '../../model/types';
import { formatPath } from '../../parse/locate';
import { isDns1123Label } from '../../names/names';
import { cliqueAt, finding, groupAt } from './finding';

export const MNNVL_GROUP = 'grove.io/mnnvl-group';
const OPT_OUT = 'none';

interface AnnotatedSite {
  readonly what: string;
  /** Locator of the `annotations` map. */
  readonly base: Locator;
  readonly annotations: StringMap;
  /** Clique / group name to match old and new on update ("" for the PodCliqueSet). */
  readonly key: string;
}

function sites(model: PodCliqueSetModel): {
  pcs: AnnotatedSite;
  cliques: AnnotatedSite[];
  groups: AnnotatedSite[];
} {
  return {
    pcs: {
      what: 'the PodCliqueSet',
      base: ['metadata', 'annotations'],
      annotations: model.annotations,
      key: '',
    },
    cliques: model.cliques.map((c) => ({
      what: `clique '${c.name ?? ''}'`,
      base: cliqueAt(c.index, 'annotations'),
      annotations: c.annotations,
      key: c.name ?? '',
    })),
    groups: model.scalingGroups.map((g) => ({
      what: `scaling group '${g.name ?? ''}'`,
      base: groupAt(g.index, 'annotations'),
      annotations: g.annotations,
      key: g.name ?? '',
    })),
  };
}

function valueOf(annotations: StringMap): string | undefined {
  return Object.prototype.hasOwnProperty.call(annotations, MNNVL_GROUP)
    ? annotations[MNNVL_GROUP]
    : undefined;
}

/** N1-N2 (create): `grove.io/mnnvl-group` is `none` or a DNS label, and needs auto-MNNVL enabled. */
export function mnnvlCreateRules(model: PodCliqueSetModel, autoMNNVL: boolean): Finding[] {
  const { pcs, cliques, groups } = sites(model);
  const out: Finding[] = [];
  for (const site of [pcs, ...cliques, ...groups]) {
    const value = valueOf(site.annotations);
    if (value === undefined) continue;
    const at = [...site.base, MNNVL_GROUP];
    if (value === '' || (value !== OPT_OUT && !isDns1123Label(value)))
      out.push(
        finding(
          'mnnvl-group-invalid',
          at,
          `${MNNVL_GROUP} of ${site.what} is '${value}'; it must be 'none' or a DNS-1123 label (lower-case letters, digits and '-', at most 63 characters).`,
        ),
      );
    if (value !== OPT_OUT && !autoMNNVL)
      out.push(
        finding(
          'mnnvl-disabled',
          at,
          `${site.what} asks for MNNVL group '${value}', but auto-MNNVL is disabled in the Grove operator (network.autoMNNVLEnabled: false); only 'none' is accepted.`,
        ),
      );
  }
  return out;
}

function compare(old: AnnotatedSite, now: AnnotatedSite): Finding[] {
  const before = valueOf(old.annotations);
  const after = valueOf(now.annotations);
  if (before === after) return [];
  const at = [...now.base, MNNVL_GROUP];
  const path = formatPath(at);
  if (before === undefined)
    return [
      finding(
        'update-mnnvl-group-immutable',
        at,
        `${MNNVL_GROUP} cannot be added to ${now.what} after creation (it is now '${after ?? ''}').`,
        { type: 'Forbidden', path },
      ),
    ];
  if (after === undefined)
    return [
      finding(
        'update-mnnvl-group-immutable',
        now.base,
        `${MNNVL_GROUP} ('${before}') cannot be removed from ${now.what} after creation.`,
        { type: 'Forbidden', path },
      ),
    ];
  return [
    finding(
      'update-mnnvl-group-immutable',
      at,
      `${MNNVL_GROUP} of ${now.what} is immutable: it cannot change from '${before}' to '${after}'.`,
    ),
  ];
}

/** U11: the annotation cannot be added, removed or changed on the PodCliqueSet, a clique or a group. */
export function mnnvlUpdateRules(model: PodCliqueSetModel, previous: PodCliqueSetModel): Finding[] {
  const now = sites(model);
  const old = sites(previous);
  const out = compare(old.pcs, now.pcs);
  const match = (olds: AnnotatedSite[], news: AnnotatedSite[]): void => {
    for (const site of news) {
      const before = olds.find((o) => o.key === site.key);
      if (before) out.push(...compare(before, site));
    }
  };
  match(old.cliques, now.cliques);
  match(old.groups, now.groups);
  return out;
}
