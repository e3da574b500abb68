import { toCount } from '../expand/count';
import { readLayout, type Layout } from '../expand/layout';
import type { Count } from '../expand/types';
import type { PodCliqueSetModel } from '../model/types';
import type { NameAnatomy, NameKind, NamePart } from './anatomy';
import { describeMiss, kindHint, membershipProblem, rangeProblems } from './decode-problems';
import { match, shapesOf, type Matched, type Missed, type Shape, type Token } from './match';
import { clusterDomain, MAX_GENERATE_NAME_PREFIX, MAX_LABEL_LENGTH, POD_SUFFIX_LENGTH } from './names';

/**
 * The name decoder: given a pasted name (a pod from a log or an alert, a hostname, FQDN, PodClique,
 * scaling group, PodGang or Service), which object of this manifest it is, or why it cannot be one.
 * Names are read against the shapes the manifest generates (`shapesOf`), never split on `-`.
 */

export interface NameReading {
  /** What the name names; several kinds share a name (a base PodGang and its headless Service). */
  readonly kinds: readonly NameKind[];
  readonly pcsReplica: Count | null;
  readonly scalingGroup: string | null;
  readonly scalingGroupReplica: Count | null;
  readonly clique: string | null;
  /** Pod index k (hostnames and FQDNs; a pod name's random suffix does not say it). */
  readonly podIndex: Count | null;
  readonly suffix: string | null;
  /** The PodClique the name is, or belongs to. */
  readonly podClique: string | null;
  readonly podGang: string | null;
  /** The name's parts as read; they spell the input. */
  readonly anatomy: NameAnatomy;
  /** A pod name whose prefix the API server cut at 58 characters: parts after the cut are unknown. */
  readonly truncated: boolean;
  /** Why this reading is not an object of the manifest as it stands; empty when it is. */
  readonly problems: readonly string[];
}

export type DecodeResult =
  | { readonly status: 'found'; readonly input: string; readonly reading: NameReading }
  /** More than one object has this name (REFERENCE (h)5): every reading. */
  | { readonly status: 'ambiguous'; readonly input: string; readonly readings: readonly NameReading[] }
  | {
      readonly status: 'not-found';
      readonly input: string;
      readonly reasons: readonly string[];
      /** The readings that came closest, each with its problems. */
      readonly closest: readonly NameReading[];
    };

const SEPARATOR: Token = { t: 'lit', text: '-', role: 'separator' };

function kindsOf(shape: Shape, kind: NameKind, membership: string | undefined): NameKind[] {
  if (kind === 'podGang' && !shape.group) return ['podGang', 'service'];
  // Grove names a clique's HPA `<pcs>-<i>-<clique>` even for a clique of a scaling group.
  if (kind === 'podClique' && !shape.group && shape.clique?.model.autoScalingConfig)
    return membership ? ['hpa'] : ['podClique', 'hpa'];
  if (kind === 'scalingGroup' && shape.group?.model.scaleConfig) return ['scalingGroup', 'hpa'];
  return [kind];
}

function readingOf(layout: Layout, shape: Shape, m: Matched, kind: NameKind, text: string): NameReading {
  const { pcsIndex, scalingGroupIndex, scaledGangIndex, podIndex, suffix } = m.values;
  const group = shape.group ?? null;
  const i = pcsIndex ?? null;
  let j: bigint | null = scalingGroupIndex !== undefined ? BigInt(scalingGroupIndex) : null;
  if (scaledGangIndex !== undefined && group) j = BigInt(scaledGangIndex) + BigInt(group.minAvailable);
  const clique = shape.clique?.name ?? null;
  let membership = membershipProblem(layout, shape);
  const kinds = kindsOf(shape, kind, membership);
  if (kinds[0] === 'hpa') membership = undefined;
  const problems = [
    ...(membership ? [membership] : []),
    ...rangeProblems(
      layout,
      shape,
      (group ? group.members : layout.standalone).find((s) => s.clique === shape.clique),
      m.values,
    ),
  ];
  const replica = i === null ? null : `${layout.pcs}-${BigInt(i)}`;
  const known = replica !== null && (!group || j !== null);
  const podClique =
    clique === null || !known
      ? null
      : group
        ? `${replica}-${group.name}-${j}-${clique}`
        : `${replica}-${clique}`;
  let podGang: string | null = null;
  if (known && (!group || j! < BigInt(group.minAvailable))) podGang = replica;
  else if (known && group) podGang = `${replica}-${group.name}-${j! - BigInt(group.minAvailable)}`;
  return {
    kinds,
    pcsReplica: i === null ? null : toCount(BigInt(i)),
    scalingGroup: group?.name ?? null,
    scalingGroupReplica: j === null ? null : toCount(j),
    clique,
    podIndex: podIndex !== undefined ? toCount(BigInt(podIndex)) : null,
    suffix: suffix ?? null,
    podClique: kind === 'podClique' || kind === 'hostname' || kind === 'pod' ? podClique : null,
    podGang,
    anatomy: { name: text, kind, parts: m.parts },
    truncated: m.cut,
    problems,
  };
}

/** Readings of a name without DNS dots; `offset` places parts inside a longer text (an FQDN). */
function plainReadings(layout: Layout, shapes: readonly Shape[], text: string, misses: Missed[], offset = 0) {
  const out: NameReading[] = [];
  for (const shape of shapes) {
    const m = match(shape.tokens, text, false, offset);
    if (m.ok) out.push(readingOf(layout, shape, m, shape.kind, text));
    else misses.push(m);
  }
  // A pod of a long PodClique name: the API server keeps 58 characters of the prefix, then adds 5.
  if (text.length !== MAX_LABEL_LENGTH) return out;
  const prefix = text.slice(0, MAX_GENERATE_NAME_PREFIX);
  const suffix = text.slice(MAX_GENERATE_NAME_PREFIX);
  const start = offset + MAX_GENERATE_NAME_PREFIX;
  for (const shape of shapes) {
    if (shape.kind !== 'podClique') continue;
    const m = match([...shape.tokens, SEPARATOR], prefix, true, offset);
    if (!m.ok || !m.cut) continue;
    const parts: NamePart[] = [
      ...m.parts,
      { text: suffix, role: 'suffix', start, end: start + suffix.length },
    ];
    out.push(readingOf(layout, shape, { ...m, parts, values: { ...m.values, suffix } }, 'pod', text));
  }
  return out;
}

function dnsPart(text: string, role: NamePart['role'], start: number): NamePart {
  return { text, role, start, end: start + text.length };
}

/** Readings of `<hostname>.<pcs>-<i>[.<namespace>[.svc.cluster.local]]`, and of a Service address. */
function dnsReadings(
  layout: Layout,
  shapes: readonly Shape[],
  text: string,
  misses: Missed[],
): NameReading[] {
  let rest = text;
  let tail: NamePart[] = [];
  const problems: string[] = [];
  if (rest.endsWith(`.${clusterDomain}`)) {
    rest = rest.slice(0, -clusterDomain.length - 1);
    const dot = rest.lastIndexOf('.');
    const namespace = rest.slice(dot + 1);
    if (namespace !== layout.namespace)
      problems.push(`namespace "${namespace}" is not this PodCliqueSet's namespace "${layout.namespace}"`);
    rest = rest.slice(0, Math.max(dot, 0));
    tail = [
      dnsPart('.', 'separator', rest.length),
      dnsPart(namespace, 'namespace', rest.length + 1),
      dnsPart('.', 'separator', rest.length + 1 + namespace.length),
      dnsPart(clusterDomain, 'domain', text.length - clusterDomain.length),
    ];
  } else if (rest.endsWith(`.${layout.namespace}`)) {
    rest = rest.slice(0, -layout.namespace.length - 1);
    tail = [dnsPart('.', 'separator', rest.length), dnsPart(layout.namespace, 'namespace', rest.length + 1)];
  }
  const service = shapes[0]!;
  const out: NameReading[] = [];
  const as = (r: NameReading, kind: NameKind, parts: readonly NamePart[], extra: readonly string[]) => ({
    ...r,
    kinds: [kind],
    anatomy: { name: text, kind, parts: [...parts, ...tail] },
    problems: [...r.problems, ...problems, ...extra],
  });
  const whole = match(service.tokens, rest);
  if (whole.ok && tail.length > 0) {
    const r = readingOf(layout, service, whole, 'serviceAddress', text);
    out.push(as({ ...r, podGang: null }, 'serviceAddress', r.anatomy.parts, []));
  }
  for (let dot = rest.indexOf('.'); dot >= 0; dot = rest.indexOf('.', dot + 1)) {
    const sub = match(service.tokens, rest.slice(dot + 1), false, dot + 1);
    if (!sub.ok) continue;
    for (const host of plainReadings(layout, shapes, rest.slice(0, dot), misses)) {
      if (host.kinds[0] !== 'hostname') continue;
      const subReplica = BigInt(sub.values.pcsIndex!);
      const extra =
        host.pcsReplica !== null && BigInt(host.pcsReplica) !== subReplica
          ? [
              `the hostname is in PCS replica ${host.pcsReplica} but the subdomain names replica ${subReplica}`,
              ...rangeProblems(layout, service, undefined, sub.values),
            ]
          : [];
      const parts = [...host.anatomy.parts, dnsPart('.', 'separator', dot), ...sub.parts];
      out.push(as(host, 'fqdn', parts, extra));
    }
  }
  return out;
}

/** `pod/x`, `pclq/x`, `podgang.scheduler.grove.io/x`: a kind prefix as kubectl prints it. */
const KIND_PREFIX = /^([a-z.]+)\/(.+)$/;

function distinct(readings: readonly NameReading[]): NameReading[] {
  const seen = new Set<string>();
  return readings.filter((r) => {
    const key = `${r.kinds.join()}|${r.clique}|${r.anatomy.parts.map((p) => `${p.role}:${p.text}`).join('|')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Decodes a pasted name against a (defaulted) model. */
export function decodeName(model: PodCliqueSetModel, pasted: string): DecodeResult {
  let input = pasted.trim().replace(/\.$/, '');
  if (input === '') return { status: 'not-found', input, reasons: ['the name is empty'], closest: [] };
  const prefix = KIND_PREFIX.exec(input);
  const hint = prefix ? kindHint(prefix[1]!) : undefined;
  if (prefix && hint) input = prefix[2]!;
  const layout = readLayout(model);
  const shapes = shapesOf(layout);
  const misses: Missed[] = [];
  let readings = distinct([
    ...plainReadings(layout, shapes, input, misses),
    ...(input.includes('.') ? dnsReadings(layout, shapes, input, misses) : []),
  ]);
  if (hint) readings = readings.filter((r) => r.kinds.some((k) => hint.includes(k)));
  const valid = readings.filter((r) => r.problems.length === 0);
  if (valid.length === 1) return { status: 'found', input, reading: valid[0]! };
  if (valid.length > 1) return { status: 'ambiguous', input, readings: valid };
  // A tail of the wrong length for a suffix is better read as something else, when there is something else.
  const suffixed = readings.filter((r) => r.suffix === null || r.suffix.length === POD_SUFFIX_LENGTH);
  const pool = suffixed.length > 0 ? suffixed : readings;
  const fewest = Math.min(...pool.map((r) => r.problems.length));
  const closest = pool.filter((r) => r.problems.length === fewest);
  const reasons =
    closest.length > 0
      ? [...new Set(closest.flatMap((r) => r.problems))]
      : describeMiss(layout, input, misses);
  if (/[A-Z]/.test(input)) reasons.unshift('Kubernetes names are lower case; this one has capital letters');
  if (hint && closest.length === 0) reasons.push(`"${prefix![1]}/" asks for a ${hint.join(' or ')} name`);
  return { status: 'not-found', input, reasons, closest };
}
