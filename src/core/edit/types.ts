import type { TextEdit } from '../diagnostics/types';
import type { STARTUP_TYPES } from '../model/types';

/**
 * A clique or scaling group, by name or by its position in its list. A position is needed when a name
 * is missing or written twice (the graph still shows both nodes, with an error badge).
 */
export type ItemRef = string | number;

export type StartupType = (typeof STARTUP_TYPES)[number];

/** An autoscaler range; `minReplicas` left out is removed (Grove then defaults it from `replicas`). */
export interface ScaleRange {
  readonly minReplicas?: number;
  readonly maxReplicas: number;
}

/** A resource quantity as written (`"10m"`, `"32Mi"`, `1`), or `null` to remove it. */
export type QuantityValue = string | number | null;

/**
 * Everything the graph, the inspector and the palette can ask of a PodCliqueSet. Each command is
 * applied by `applyCommand` as the smallest text splice; see README.md for what each one touches.
 */
export type EditCommand =
  /** Adds a clique at `index` (default: the end), optionally into a scaling group. */
  | {
      readonly type: 'addClique';
      readonly name?: string;
      readonly index?: number;
      readonly group?: string;
      readonly image?: string;
    }
  /** Removes a clique and every `cliqueNames`, `startsAfter` and resourceSharing-filter entry naming it. */
  | { readonly type: 'removeClique'; readonly clique: ItemRef }
  /** Renames a clique and repairs every reference to it. */
  | { readonly type: 'renameClique'; readonly clique: ItemRef; readonly to: string }
  /** Moves a clique to `toIndex` in the `cliques` list (order is the startup order under InOrder). */
  | { readonly type: 'moveClique'; readonly clique: ItemRef; readonly toIndex: number }
  /** Adds a scaling group; `cliques` are moved into it from wherever they were. */
  | {
      readonly type: 'addScalingGroup';
      readonly name?: string;
      readonly cliques?: readonly string[];
      readonly replicas?: number;
    }
  /** Removes a scaling group; its cliques become standalone. */
  | { readonly type: 'removeScalingGroup'; readonly group: ItemRef }
  | { readonly type: 'renameScalingGroup'; readonly group: ItemRef; readonly to: string }
  /** Puts a clique into a scaling group (out of any other), or makes it standalone with `group: null`. */
  | { readonly type: 'setCliqueGroup'; readonly clique: ItemRef; readonly group: ItemRef | null }
  | { readonly type: 'setCliqueReplicas'; readonly clique: ItemRef; readonly replicas: number }
  | { readonly type: 'setCliqueMinAvailable'; readonly clique: ItemRef; readonly minAvailable: number | null }
  /** Sets the clique's `autoScalingConfig` range (metrics are kept), or removes it with `null`. */
  | { readonly type: 'setCliqueAutoscaler'; readonly clique: ItemRef; readonly range: ScaleRange | null }
  | { readonly type: 'setGroupReplicas'; readonly group: ItemRef; readonly replicas: number | null }
  | { readonly type: 'setGroupMinAvailable'; readonly group: ItemRef; readonly minAvailable: number | null }
  | { readonly type: 'setGroupScaleConfig'; readonly group: ItemRef; readonly range: ScaleRange | null }
  /**
   * Sets resource requests of one container (default: the first), `null` removing one. Extended
   * resources (`nvidia.com/gpu`) are mirrored into `limits`, which Kubernetes requires to be equal.
   */
  | {
      readonly type: 'setContainerRequests';
      readonly clique: ItemRef;
      readonly container?: string | number;
      readonly requests: Readonly<Record<string, QuantityValue>>;
    }
  | { readonly type: 'setReplicas'; readonly replicas: number }
  | { readonly type: 'setStartupType'; readonly startupType: StartupType }
  | { readonly type: 'addStartsAfter'; readonly clique: ItemRef; readonly after: string }
  | { readonly type: 'removeStartsAfter'; readonly clique: ItemRef; readonly after: string };

export type EditCommandType = EditCommand['type'];

export type EditResult =
  | {
      readonly ok: true;
      /** The whole new text. */
      readonly text: string;
      /** The splice, as offsets in the old text (sorted, never overlapping). */
      readonly edits: readonly TextEdit[];
      /** One line for the undo history and the status bar. */
      readonly summary: string;
    }
  | { readonly ok: false; readonly reason: string };
