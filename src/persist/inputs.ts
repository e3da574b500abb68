import type { ClusterSettings, TopologyBinding } from '../core/check/settings';
import type { Point, ViewSettings } from '../store/store';
import type { Selection } from '../store/selection';

/**
 * The designer's inputs as they are saved (autosave) and shared (links). Whatever comes back from
 * IndexedDB or a URL is read field by field: a field that does not have the right shape is dropped (the
 * store keeps its own value), so an old or hand-made record can never put a bad value into the store.
 */
export interface SavedInputs {
  readonly text: string;
  readonly activeDocument: number;
  readonly cluster: ClusterSettings;
  readonly selection: Selection | null;
  readonly positions: Readonly<Record<string, Point>>;
  readonly view: ViewSettings;
  readonly live: string | null;
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);
const isIndex = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;

function readBinding(v: unknown): TopologyBinding | undefined {
  if (!isObject(v) || !isString(v['name']) || !Array.isArray(v['levels'])) return undefined;
  const levels = v['levels'].filter(
    (l): l is { domain: string; key: string } => isObject(l) && isString(l['domain']) && isString(l['key']),
  );
  if (levels.length !== v['levels'].length) return undefined;
  return { name: v['name'], levels: levels.map((l) => ({ domain: l.domain, key: l.key })) };
}

export function readCluster(v: unknown): ClusterSettings | undefined {
  if (!isObject(v)) return undefined;
  const { schedulerProfiles, defaultSchedulerProfile, topologyAwareScheduling, autoMNNVL, topologyBindings } =
    v;
  if (!isStrings(schedulerProfiles) || !isString(defaultSchedulerProfile)) return undefined;
  if (typeof topologyAwareScheduling !== 'boolean' || typeof autoMNNVL !== 'boolean') return undefined;
  if (!Array.isArray(topologyBindings)) return undefined;
  const bindings = topologyBindings.map(readBinding);
  if (bindings.some((b) => b === undefined)) return undefined;
  return {
    schedulerProfiles: [...schedulerProfiles],
    defaultSchedulerProfile,
    topologyAwareScheduling,
    autoMNNVL,
    topologyBindings: bindings as TopologyBinding[],
  };
}

export function readSelection(v: unknown): Selection | null | undefined {
  if (v === null) return null;
  if (!isObject(v) || !isIndex(v['document'])) return undefined;
  const document = v['document'];
  switch (v['kind']) {
    case 'podCliqueSet':
      return { kind: 'podCliqueSet', document };
    case 'scalingGroup':
    case 'clique':
    case 'podClique':
      return isString(v['name']) ? { kind: v['kind'], document, name: v['name'] } : undefined;
    case 'pod':
      return isString(v['podClique']) && isString(v['index'])
        ? { kind: 'pod', document, podClique: v['podClique'], index: v['index'] }
        : undefined;
    default:
      return undefined;
  }
}

function readPositions(v: unknown): Record<string, Point> | undefined {
  if (!isObject(v)) return undefined;
  const out: Record<string, Point> = {};
  for (const [key, p] of Object.entries(v))
    if (isObject(p) && Number.isFinite(p['x']) && Number.isFinite(p['y']))
      out[key] = { x: p['x'] as number, y: p['y'] as number };
  return out;
}

const isPlain = (v: unknown) => typeof v === 'boolean' || isString(v) || Number.isFinite(v);

/** The view; its optional settings (graph split, overlays...) are kept when they are plain values. */
function readView(v: unknown): ViewSettings | undefined {
  if (!isObject(v)) return undefined;
  const { theme, split, panel, presenter } = v;
  if (theme !== 'system' && theme !== 'light' && theme !== 'dark') return undefined;
  if (typeof split !== 'number' || !(split > 0.05 && split < 0.95)) return undefined;
  if (!isString(panel) || typeof presenter !== 'boolean') return undefined;
  const optional = Object.fromEntries(
    Object.entries(v).filter(([k, value]) => k !== '__proto__' && isPlain(value)),
  );
  return { ...optional, theme, split, panel, presenter };
}

/** The well-formed fields of a saved or shared value; nothing when it is not an object with a text. */
export function readInputs(v: unknown): Partial<SavedInputs> | undefined {
  if (!isObject(v) || !isString(v['text'])) return undefined;
  const out: { -readonly [K in keyof SavedInputs]?: SavedInputs[K] } = { text: v['text'] };
  if (isIndex(v['activeDocument'])) out.activeDocument = v['activeDocument'];
  const cluster = readCluster(v['cluster']);
  if (cluster) out.cluster = cluster;
  const selection = readSelection(v['selection']);
  if (selection !== undefined) out.selection = selection;
  const positions = readPositions(v['positions']);
  if (positions) out.positions = positions;
  const view = readView(v['view']);
  if (view) out.view = view;
  if (v['live'] === null || isString(v['live'])) out.live = v['live'];
  return out;
}

/** The saved fields of the store's state (everything but the history and the revision). */
export function inputsOf(state: SavedInputs): SavedInputs {
  const { text, activeDocument, cluster, selection, positions, view, live } = state;
  return { text, activeDocument, cluster, selection, positions, view, live };
}
