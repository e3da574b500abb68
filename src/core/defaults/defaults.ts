import type { Locator } from '../diagnostics/types';
import { formatPath } from '../parse/locate';
import { plainObject, type PlainObject } from '../parse/to-value';
import { int, isObject, list, obj, has } from '../model/read';
import { STARTUP_ANY } from '../model/types';

/** A value Grove (or the API server) fills in that the manifest did not say. */
export interface Defaulted {
  readonly at: Locator;
  readonly path: string;
  readonly value: unknown;
  /** `crd`: the CRD's structural default; `webhook`: Grove's defaulting webhook. */
  readonly by: 'crd' | 'webhook';
  /** Why it matters, when it is a trap. */
  readonly note?: string;
}

export interface DefaultingResult {
  /** The object after CRD defaults and the defaulting webhook, as the validators see it. */
  readonly value: unknown;
  readonly defaulted: readonly Defaulted[];
}

/** `4h` as Grove stores it. */
export const DEFAULT_TERMINATION_DELAY = '4h0m0s';
export const DEFAULT_TERMINATION_GRACE_PERIOD = 30;

function copy(value: unknown): PlainObject | unknown[] {
  if (Array.isArray(value)) return [...(value as unknown[])];
  return Object.assign(plainObject(), value as PlainObject);
}

/**
 * Applies defaults to a JSON value without changing the input: every object on the way to a changed
 * field is copied once (copy on write), the rest is shared.
 */
class Writer {
  readonly defaulted: Defaulted[] = [];
  private readonly copied = new Set<unknown>();
  root: unknown;

  constructor(root: unknown) {
    this.root = root;
  }

  /** The value at `at`, if every step exists. */
  get(at: Locator): unknown {
    let current = this.root;
    for (const segment of at) {
      if (current === null || typeof current !== 'object') return undefined;
      current = (current as Record<string | number, unknown>)[segment];
    }
    return current;
  }

  set(at: Locator, value: unknown, by: Defaulted['by'], note?: string): void {
    if (!this.copied.has(this.root)) {
      this.root = copy(this.root);
      this.copied.add(this.root);
    }
    let current = this.root as Record<string | number, unknown>;
    for (let i = 0; i < at.length - 1; i++) {
      const segment = at[i]!;
      let next = current[segment];
      if (!this.copied.has(next)) {
        next = copy(next);
        this.copied.add(next);
        current[segment] = next;
      }
      current = next as Record<string | number, unknown>;
    }
    current[at[at.length - 1]!] = value;
    this.defaulted.push({ at, path: formatPath(at), value, by, ...(note ? { note } : {}) });
  }

  /** Sets `at` to `value` when the field is absent (the CRD default and Go's nil checks). */
  fill(at: Locator, value: unknown, by: Defaulted['by'], note?: string): void {
    const parent = this.get(at.slice(0, -1));
    if (!isObject(parent) || has(parent, String(at[at.length - 1]))) return;
    this.set(at, value, by, note);
  }
}

/**
 * What the API server and Grove's defaulting webhook add to a PodCliqueSet before validating it
 * (REFERENCE section 0 steps 1-2 and (a)): CRD defaults first, then the webhook, whose `minAvailable`
 * copies the clique's replicas as written, before `0` becomes `1`.
 */
export function applyDefaults(input: unknown): DefaultingResult {
  const w = new Writer(input);
  if (!isObject(input)) return { value: input, defaulted: [] };

  // 1. CRD structural defaults: only inside objects that exist.
  w.fill(
    ['spec', 'replicas'],
    0,
    'crd',
    'spec.replicas is not set, so it is 0 and Grove creates nothing. Set it to 1 or more.',
  );
  w.fill(['spec', 'template', 'cliqueStartupType'], STARTUP_ANY, 'crd');
  w.fill(['spec', 'updateStrategy', 'type'], 'RollingRecreate', 'crd');
  w.fill(['spec', 'template', 'headlessServiceConfig', 'publishNotReadyAddresses'], true, 'crd');
  const template = obj(obj(input, 'spec'), 'template');
  const groups = list(template, 'podCliqueScalingGroups') ?? [];
  groups.forEach((group, g) => {
    if (!isObject(group)) return;
    const at = ['spec', 'template', 'podCliqueScalingGroups', g];
    w.fill([...at, 'replicas'], 1, 'crd');
    w.fill([...at, 'minAvailable'], 1, 'crd');
  });

  // 2. Grove's defaulting webhook.
  const metadata = obj(input, 'metadata');
  if (
    metadata &&
    (metadata['namespace'] === undefined || metadata['namespace'] === '' || metadata['namespace'] === null)
  )
    w.set(['metadata', 'namespace'], 'default', 'webhook');
  if (isObject(template)) {
    w.fill(['spec', 'template', 'headlessServiceConfig'], { publishNotReadyAddresses: true }, 'webhook');
    w.fill(['spec', 'template', 'terminationDelay'], DEFAULT_TERMINATION_DELAY, 'webhook');
  }
  const cliques = list(template, 'cliques') ?? [];
  cliques.forEach((clique, n) => {
    const spec = obj(clique, 'spec');
    if (!spec) return;
    const at = ['spec', 'template', 'cliques', n, 'spec'];
    const written = spec['replicas'];
    const original = written === undefined || written === null ? 0 : int(spec, 'replicas');
    if (original === undefined) return; // not an integer: the webhook cannot decode it; the schema stage says so
    if (!has(spec, 'minAvailable'))
      w.set(
        [...at, 'minAvailable'],
        original,
        'webhook',
        original === 0
          ? 'minAvailable copies replicas as written (0 here) before replicas is defaulted, so it is 0 and Grove refuses it. Set replicas or minAvailable.'
          : undefined,
      );
    if (original === 0) w.set([...at, 'replicas'], 1, 'webhook');
    if (!has(spec, 'roleName'))
      w.set(
        [...at, 'roleName'],
        '',
        'webhook',
        'roleName is added as "": at most one clique may leave it out, or the role names collide.',
      );
    const auto = obj(spec, 'autoScalingConfig');
    if (auto && !has(auto, 'minReplicas'))
      w.set([...at, 'autoScalingConfig', 'minReplicas'], original, 'webhook');
    const podSpec = obj(spec, 'podSpec');
    if (podSpec) {
      const policy = podSpec['restartPolicy'];
      if (policy === undefined || policy === null || policy === '')
        w.set([...at, 'podSpec', 'restartPolicy'], 'Always', 'webhook');
      w.fill(
        [...at, 'podSpec', 'terminationGracePeriodSeconds'],
        DEFAULT_TERMINATION_GRACE_PERIOD,
        'webhook',
      );
    }
  });
  groups.forEach((group, g) => {
    const scale = obj(group, 'scaleConfig');
    if (!scale || has(scale, 'minReplicas')) return;
    const at = ['spec', 'template', 'podCliqueScalingGroups', g];
    const replicas = int(w.get(at), 'replicas');
    if (replicas !== undefined) w.set([...at, 'scaleConfig', 'minReplicas'], replicas, 'webhook');
  });
  return { value: w.root, defaulted: w.defaulted };
}
