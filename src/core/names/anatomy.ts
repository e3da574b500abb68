import { clusterDomain, MAX_GENERATE_NAME_PREFIX, type Index } from './names';

/**
 * The anatomy of a generated name: its parts with their roles (REFERENCE (c)), so the designer can
 * colour `mn-disagg-0-prefill-1-pworker-x7k2q` part by part. Parts come from the model's names, never
 * from splitting on `-`: `mn-disagg` and `vision-encoder` are one part each.
 */

export type NameRole =
  | 'pcs'
  | 'pcsIndex'
  | 'scalingGroup'
  | 'scalingGroupIndex'
  /** `j - minAvailable` in a scaled PodGang's name. */
  | 'scaledGangIndex'
  | 'clique'
  | 'podIndex'
  | 'suffix'
  | 'separator'
  | 'namespace'
  | 'domain';

export type NameKind =
  | 'pod'
  | 'hostname'
  | 'fqdn'
  | 'podClique'
  | 'scalingGroup'
  | 'podGang'
  | 'service'
  | 'serviceAddress'
  | 'hpa';

export interface NamePart {
  readonly text: string;
  readonly role: NameRole;
  /** Offsets in the name (end exclusive). */
  readonly start: number;
  readonly end: number;
  /** Cut short by the API server's 58-character `generateName` limit. */
  readonly truncated?: boolean;
}

export interface NameAnatomy {
  readonly name: string;
  readonly kind: NameKind;
  readonly parts: readonly NamePart[];
}

/** What identifies a generated name; fields a kind does not use are ignored. */
export interface NameSubject {
  readonly pcs: string;
  readonly pcsReplica: Index;
  readonly scalingGroup?: string | null;
  readonly scalingGroupReplica?: Index | null;
  readonly clique?: string | null;
  readonly podIndex?: Index | null;
  /** The five characters after a pod's `generateName`. */
  readonly suffix?: string | null;
  readonly namespace?: string;
  /** For a scaled PodGang: `j - minAvailable`. */
  readonly scaledGangIndex?: Index | null;
}

type Piece = readonly [text: string, role: NameRole];

const SEP: Piece = ['-', 'separator'];
const DOT: Piece = ['.', 'separator'];

/** Lays pieces end to end into parts with offsets. */
export function partsOf(pieces: readonly Piece[]): NamePart[] {
  let start = 0;
  return pieces.map(([text, role]) => {
    const part = { text, role, start, end: start + text.length };
    start = part.end;
    return part;
  });
}

function replica(s: NameSubject): Piece[] {
  return [[s.pcs, 'pcs'], SEP, [String(s.pcsReplica), 'pcsIndex']];
}

function podClique(s: NameSubject): Piece[] {
  const clique: Piece = [s.clique ?? '', 'clique'];
  if (s.scalingGroup == null) return [...replica(s), SEP, clique];
  return [
    ...replica(s),
    SEP,
    [s.scalingGroup, 'scalingGroup'],
    SEP,
    [String(s.scalingGroupReplica ?? 0), 'scalingGroupIndex'],
    SEP,
    clique,
  ];
}

function hostname(s: NameSubject): Piece[] {
  return [...podClique(s), SEP, [String(s.podIndex ?? 0), 'podIndex']];
}

function serviceAddress(s: NameSubject): Piece[] {
  return [...replica(s), DOT, [s.namespace ?? 'default', 'namespace'], DOT, [clusterDomain, 'domain']];
}

function pieces(kind: NameKind, s: NameSubject): Piece[] {
  switch (kind) {
    case 'podClique':
      return podClique(s);
    case 'hpa':
      return s.clique != null ? podClique({ ...s, scalingGroup: null }) : pieces('scalingGroup', s);
    case 'scalingGroup':
      return [...replica(s), SEP, [s.scalingGroup ?? '', 'scalingGroup']];
    case 'podGang':
      return s.scaledGangIndex == null
        ? replica(s)
        : [
            ...replica(s),
            SEP,
            [s.scalingGroup ?? '', 'scalingGroup'],
            SEP,
            [String(s.scaledGangIndex), 'scaledGangIndex'],
          ];
    case 'service':
      return replica(s);
    case 'serviceAddress':
      return serviceAddress(s);
    case 'hostname':
      return hostname(s);
    case 'fqdn':
      return [...hostname(s), DOT, ...serviceAddress(s)];
    case 'pod':
      return [...podClique(s), SEP];
  }
}

/** Cuts parts at `limit` characters, marking the part that was cut. */
function cut(parts: readonly NamePart[], limit: number): NamePart[] {
  return parts.flatMap((p) => {
    if (p.end <= limit) return [p];
    if (p.start >= limit) return [];
    return [{ ...p, text: p.text.slice(0, limit - p.start), end: limit, truncated: true }];
  });
}

/** The anatomy of the name of `kind` for `subject`; the parts always spell the name. */
export function anatomy(kind: NameKind, subject: NameSubject): NameAnatomy {
  let parts = partsOf(pieces(kind, subject));
  if (kind === 'pod') {
    parts = cut(parts, MAX_GENERATE_NAME_PREFIX);
    const start = parts.length > 0 ? parts[parts.length - 1]!.end : 0;
    const suffix = subject.suffix ?? '';
    parts.push({ text: suffix, role: 'suffix', start, end: start + suffix.length });
  }
  return { name: parts.map((p) => p.text).join(''), kind, parts };
}
