import type { Finding, Locator, PathSegment } from '../diagnostics/types';
import { formatPath } from '../parse/locate';

/** Where lint findings point: the concrete field, reported with its list indices. */
export function lintFinding(
  code: string,
  at: readonly PathSegment[],
  message: string,
  extra: Pick<Finding, 'fix' | 'onKey'> = {},
): Finding {
  const locator: Locator = at;
  return { code, path: formatPath(locator), at: locator, message, ...extra };
}

export const cliqueAt = (n: number, ...rest: PathSegment[]): PathSegment[] => [
  'spec',
  'template',
  'cliques',
  n,
  ...rest,
];

export const groupAt = (g: number, ...rest: PathSegment[]): PathSegment[] => [
  'spec',
  'template',
  'podCliqueScalingGroups',
  g,
  ...rest,
];
