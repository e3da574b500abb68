import { isObject, list, obj, str } from '../model/read';
import { LABEL, type Labels } from './labels';
import type { EnvVar } from './types';

/** Grove's environment variables (REFERENCE (e)) and the container's own, as the container sees them. */

export const ENV = {
  pcsName: 'GROVE_PCS_NAME',
  pcsIndex: 'GROVE_PCS_INDEX',
  pclqName: 'GROVE_PCLQ_NAME',
  headlessService: 'GROVE_HEADLESS_SERVICE',
  podIndex: 'GROVE_PCLQ_POD_INDEX',
  pcsgName: 'GROVE_PCSG_NAME',
  pcsgTemplateNumPods: 'GROVE_PCSG_TEMPLATE_NUM_PODS',
  pcsgIndex: 'GROVE_PCSG_INDEX',
} as const;

/** Names every pod gets; a template variable with one of these names is dropped. */
export const COMMON_ENV_NAMES: readonly string[] = [
  ENV.pcsName,
  ENV.pcsIndex,
  ENV.pclqName,
  ENV.headlessService,
  ENV.podIndex,
];
/** Names only scaling-group pods get (a standalone clique keeps its own variables of these names). */
export const SCALING_GROUP_ENV_NAMES: readonly string[] = [
  ENV.pcsgName,
  ENV.pcsgTemplateNumPods,
  ENV.pcsgIndex,
];

export interface PodEnvInput {
  readonly pcs: string;
  readonly i: string;
  readonly podClique: string;
  readonly headlessService: string;
  readonly namespace: string;
  /** The pod's labels (downward-API values are read from them). */
  readonly labels: Labels;
  /** GROVE_PCSG_TEMPLATE_NUM_PODS for scaling-group pods; undefined for standalone ones. */
  readonly templateNumPods?: number;
  /** `podSpec.containers[0].env` as written. */
  readonly templateEnv: readonly unknown[];
}

function fromLabel(name: string, label: string, labels: Labels): EnvVar {
  const value = Object.hasOwn(labels, label) ? labels[label] : undefined;
  return value === undefined
    ? { name, value: '', source: 'grove-downward-api', fromLabel: label, unresolved: true }
    : { name, value, source: 'grove-downward-api', fromLabel: label };
}

function groveEnv(input: PodEnvInput): EnvVar[] {
  const env: EnvVar[] = [
    { name: ENV.pcsName, value: input.pcs, source: 'grove' },
    { name: ENV.pcsIndex, value: input.i, source: 'grove' },
    { name: ENV.pclqName, value: input.podClique, source: 'grove' },
    { name: ENV.headlessService, value: input.headlessService, source: 'grove' },
    fromLabel(ENV.podIndex, LABEL.podIndex, input.labels),
  ];
  if (input.templateNumPods !== undefined)
    env.push(
      fromLabel(ENV.pcsgName, LABEL.scalingGroup, input.labels),
      { name: ENV.pcsgTemplateNumPods, value: String(input.templateNumPods), source: 'grove' },
      fromLabel(ENV.pcsgIndex, LABEL.scalingGroupReplicaIndex, input.labels),
    );
  return env;
}

const LABEL_FIELD = /^metadata\.labels\['(.*)'\]$/;

/** A template variable's `valueFrom`, resolved when the manifest alone says its value. */
function fromSource(name: string, source: unknown, input: PodEnvInput): EnvVar {
  const fieldPath = str(obj(source, 'fieldRef'), 'fieldPath');
  if (fieldPath !== undefined) {
    const valueFrom = `fieldRef: ${fieldPath}`;
    if (fieldPath === 'metadata.namespace')
      return { name, value: input.namespace, source: 'template', valueFrom };
    const label = LABEL_FIELD.exec(fieldPath)?.[1];
    if (label !== undefined && label !== LABEL.podTemplateHash)
      return {
        name,
        value: Object.hasOwn(input.labels, label) ? input.labels[label]! : '',
        source: 'template',
        valueFrom,
      };
    return { name, value: '', source: 'template', valueFrom, unresolved: true };
  }
  const kind = isObject(source) ? Object.keys(source)[0] : undefined;
  const ref = kind !== undefined ? obj(source, kind) : undefined;
  const detail = [str(ref, 'name'), str(ref, 'key') ?? str(ref, 'resource')].filter(Boolean).join('/');
  return {
    name,
    value: '',
    source: 'template',
    valueFrom: `${kind ?? 'valueFrom'}: ${detail}`,
    unresolved: true,
  };
}

/**
 * Kubernetes' `$(VAR)` expansion: a reference to a variable defined earlier is replaced, `$$` is a
 * literal `$`, anything else stays as written. References to values only the cluster knows stay too.
 */
export function expandReferences(input: string, known: ReadonlyMap<string, string>): string {
  if (!input.includes('$')) return input;
  let out = '';
  let checkpoint = 0;
  for (let cursor = 0; cursor < input.length; cursor++) {
    if (input[cursor] !== '$' || cursor + 1 >= input.length) continue;
    out += input.slice(checkpoint, cursor);
    const next = input[cursor + 1];
    let advance = 1;
    if (next === '$') out += '$';
    else if (next === '(') {
      const close = input.indexOf(')', cursor + 2);
      if (close < 0) out += '$(';
      else {
        const name = input.slice(cursor + 2, close);
        out += known.get(name) ?? `$(${name})`;
        advance = close - cursor;
      }
    } else out += `$${next}`;
    cursor += advance;
    checkpoint = cursor + 1;
  }
  return out + input.slice(checkpoint);
}

/** The first container's environment: Grove's variables, then the template's own (REFERENCE (e)). */
export function podEnv(input: PodEnvInput): EnvVar[] {
  const env = groveEnv(input);
  const reserved = new Set(env.map((e) => e.name));
  const known = new Map<string, string>();
  for (const e of env) if (!e.unresolved) known.set(e.name, e.value);
  for (const item of input.templateEnv) {
    const name = str(item, 'name');
    if (name === undefined || reserved.has(name)) continue;
    const written = str(item, 'value');
    const source = isObject(item) ? item['valueFrom'] : undefined;
    let entry: EnvVar;
    if (written !== undefined && written !== '') {
      const value = expandReferences(written, known);
      entry = { name, value, source: 'template', ...(value !== written ? { written } : {}) };
    } else if (source !== undefined) entry = fromSource(name, source, input);
    else entry = { name, value: '', source: 'template' };
    env.push(entry);
    if (entry.unresolved) known.delete(name);
    else known.set(name, entry.value);
  }
  return env;
}

/** `podSpec.containers[0].env` of a template. */
export function firstContainerEnv(podSpec: unknown): readonly unknown[] {
  const first = list(podSpec, 'containers')?.[0];
  return list(first, 'env') ?? [];
}
