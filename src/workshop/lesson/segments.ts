/**
 * A name cut at its separators (`-` and `.`) into the pieces a participant marks one by one. The
 * pieces are not the name's parts: `mn-disagg` is one part in two pieces, which is the point of the
 * exercise.
 */
export interface Segment {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export function segmentsOf(name: string): Segment[] {
  const segments: Segment[] = [];
  const pattern = /[^.-]+/g;
  for (let m = pattern.exec(name); m; m = pattern.exec(name))
    segments.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return segments;
}

/** The roles a participant can give a piece, in the order the palette shows them. */
export const MARKABLE_ROLES = [
  'pcs',
  'pcsIndex',
  'scalingGroup',
  'scalingGroupIndex',
  'clique',
  'podIndex',
  'suffix',
] as const;

export type MarkableRole = (typeof MARKABLE_ROLES)[number];

export const ROLE_LABELS: Readonly<Record<MarkableRole, string>> = {
  pcs: 'PodCliqueSet name',
  pcsIndex: 'PodCliqueSet replica index',
  scalingGroup: 'Scaling group name',
  scalingGroupIndex: 'Scaling group replica index',
  clique: 'Clique name',
  podIndex: 'Pod index',
  suffix: 'Random suffix',
};
