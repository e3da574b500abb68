import type { Layout, Slot } from '../expand/layout';
import type { NameKind } from './anatomy';
import type { Matched, Missed, Shape } from './match';
import { suffixProblems } from './suffix';

/** Why a name that has the shape of a generated name is still not an object of this manifest. */

const plural = (n: number | bigint, word: string) => `${n} ${word}${n === 1 || n === 1n ? '' : 's'}`;

function range(what: string, value: bigint, size: number | bigint, field: string, max?: number) {
  if (value < BigInt(size)) return undefined;
  const have =
    BigInt(size) === 0n ? `${field} is 0: there is none` : `${field} is ${size} (0..${BigInt(size) - 1n})`;
  const later =
    max !== undefined && value < BigInt(max) ? `; an autoscaler may add it (maxReplicas ${max})` : '';
  return `${what} ${value} is out of range: ${have}${later}`;
}

function leadingZeros(values: Matched['values']): string[] {
  return Object.entries(values).flatMap(([role, digits]) =>
    role !== 'suffix' && digits !== undefined && digits.length > 1 && digits.startsWith('0')
      ? [`index "${digits}" has a leading zero; Grove writes indices without one`]
      : [],
  );
}

/** Problems of the clique's place: a scaling-group clique named as standalone, or the wrong group. */
export function membershipProblem(layout: Layout, shape: Shape): string | undefined {
  const clique = shape.clique?.name;
  if (clique === undefined) return undefined;
  if (shape.group) {
    if (shape.group.members.some((s) => s.clique.name === clique)) return undefined;
    const members = shape.group.members.map((s) => s.clique.name).join(', ') || 'none';
    return `clique "${clique}" is not in scaling group "${shape.group.name}" (its cliques: ${members})`;
  }
  if (layout.standalone.some((s) => s.clique.name === clique)) return undefined;
  const owner = layout.groups.find((g) => g.members.some((s) => s.clique.name === clique));
  return owner
    ? `clique "${clique}" belongs to scaling group "${owner.name}": its PodCliques are named ${layout.pcs}-<i>-${owner.name}-<j>-${clique}`
    : `clique "${clique}" is listed in a scaling group this manifest cannot expand`;
}

/** Index, count and suffix problems of a matched name. */
export function rangeProblems(
  layout: Layout,
  shape: Shape,
  slot: Slot | undefined,
  values: Matched['values'],
) {
  const problems = leadingZeros(values);
  const add = (p: string | undefined) => {
    if (p) problems.push(p);
  };
  if (values.pcsIndex !== undefined)
    add(range('PCS replica', BigInt(values.pcsIndex), layout.replicas, 'spec.replicas'));
  const group = shape.group;
  if (group && values.scalingGroupIndex !== undefined)
    add(
      range(
        'scaling-group replica',
        BigInt(values.scalingGroupIndex),
        group.replicas,
        `replicas of scaling group "${group.name}"`,
        group.model.scaleConfig?.maxReplicas,
      ),
    );
  if (group && values.scaledGangIndex !== undefined)
    add(
      range(
        `scaled PodGang`,
        BigInt(values.scaledGangIndex),
        group.scaledReplicas,
        `replicas - minAvailable of scaling group "${group.name}"`,
      ),
    );
  if (values.podIndex !== undefined && shape.clique) {
    const pods = slot?.pods ?? shape.clique.replicas;
    add(
      range(
        `pod index`,
        BigInt(values.podIndex),
        pods,
        `replicas of clique "${shape.clique.name}"`,
        shape.clique.model.autoScalingConfig?.maxReplicas,
      ),
    );
  }
  if (values.suffix !== undefined) problems.push(...suffixProblems(values.suffix));
  return problems;
}

const HINTS: Readonly<Record<string, readonly NameKind[]>> = {
  pod: ['pod'],
  pods: ['pod'],
  po: ['pod'],
  pclq: ['podClique'],
  podclique: ['podClique'],
  podcliques: ['podClique'],
  'podclique.grove.io': ['podClique'],
  pcsg: ['scalingGroup'],
  podcliquescalinggroup: ['scalingGroup'],
  'podcliquescalinggroup.grove.io': ['scalingGroup'],
  pg: ['podGang'],
  podgang: ['podGang'],
  'podgang.scheduler.grove.io': ['podGang'],
  svc: ['service'],
  service: ['service'],
  hpa: ['hpa'],
  horizontalpodautoscaler: ['hpa'],
  'horizontalpodautoscaler.autoscaling': ['hpa'],
};

/** The kinds a kubectl-style `kind/` prefix allows, or undefined when it is not one. */
export function kindHint(prefix: string): readonly NameKind[] | undefined {
  return HINTS[prefix];
}

const ROLE_WORDS: Readonly<Record<string, string>> = {
  pcsIndex: 'a PCS replica index',
  scalingGroupIndex: 'a scaling-group replica index',
  scaledGangIndex: 'a scaled PodGang index',
  podIndex: 'a pod index',
};

/** Why no shape matched: what was expected where the name parted from every shape. */
export function describeMiss(layout: Layout, input: string, misses: readonly Missed[]): string[] {
  if (misses.length === 0) return [`"${input}" cannot be read`];
  const furthest = Math.max(...misses.map((m) => m.pos));
  const at = misses.filter((m) => m.pos === furthest);
  const before = input.slice(0, furthest);
  const rest = input.slice(furthest);
  if (furthest === 0) return [`"${input}" does not start with this PodCliqueSet's name "${layout.pcs}-"`];
  const roles = new Set(at.map((m) => (m.expected?.t === 'lit' ? m.expected.role : m.expected?.t)));
  if (roles.has('clique') || roles.has('scalingGroup')) {
    const cliques = layout.templates.map((t) => t.name).join(', ') || 'none';
    if (!roles.has('scalingGroup'))
      return [`"${rest}" after "${before}" does not start with a clique of this manifest (${cliques})`];
    const groups = layout.groups.map((g) => g.name).join(', ') || 'none';
    return [
      `"${rest}" after "${before}" does not start with a clique (${cliques}) or scaling group (${groups}) of this manifest`,
    ];
  }
  const indexRoles = new Set(at.flatMap((m) => (m.expected?.t === 'index' ? [m.expected.role] : [])));
  if (indexRoles.size > 0) {
    const what = indexRoles.size === 1 ? ROLE_WORDS[[...indexRoles][0]!] : 'an index';
    return [`expected ${what} after "${before}", found ${rest === '' ? 'nothing' : `"${rest}"`}`];
  }
  if (rest === '') return [`"${input}" ends too early`];
  return [`unexpected "${rest}" after "${before}" (${plural(rest.length, 'character')})`];
}
