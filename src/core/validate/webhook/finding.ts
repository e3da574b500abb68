import type { ErrorType, Finding, Locator, PathSegment } from '../../diagnostics/types';
import { formatPath } from '../../parse/locate';

export interface FindingOptions {
  /** Grove's path when it is not the locator's own (paths without an index, the doubled `podSpec.spec`). */
  readonly path?: string;
  /** When the rule reports a second error type (e.g. Required besides Invalid). */
  readonly type?: ErrorType;
  /** Point at the mapping key (an invalid label key) rather than its value. */
  readonly onKey?: boolean;
}

/** One webhook finding; `at` is where the user must change something. */
export function finding(code: string, at: Locator, message: string, options: FindingOptions = {}): Finding {
  return {
    code,
    path: options.path ?? formatPath(at),
    at,
    message,
    ...(options.type ? { type: options.type } : {}),
    ...(options.onKey ? { onKey: true } : {}),
  };
}

export const TEMPLATE: Locator = ['spec', 'template'];

export function templateAt(...rest: PathSegment[]): Locator {
  return ['spec', 'template', ...rest];
}

/** `spec.template.cliques[n]...` */
export function cliqueAt(n: number, ...rest: PathSegment[]): Locator {
  return ['spec', 'template', 'cliques', n, ...rest];
}

/** `spec.template.podCliqueScalingGroups[g]...` */
export function groupAt(g: number, ...rest: PathSegment[]): Locator {
  return ['spec', 'template', 'podCliqueScalingGroups', g, ...rest];
}

/** `spec.template.cliques[n].spec.podSpec.spec...`: Grove's path for pod-spec fields repeats `spec`. */
export function podSpecPath(n: number, rest: Locator): string {
  return formatPath(['spec', 'template', 'cliques', n, 'spec', 'podSpec', 'spec', ...rest]);
}
