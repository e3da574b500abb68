import type { Diagnostic, TextRange } from '../diagnostics/types';
import type { ExpansionTotals } from '../expand/types';
import type { OutlineItem } from '../outline/outline';

/**
 * What the page shows, derived from the inputs by the core (in the worker) and posted to the main thread.
 * Everything here is structured-clone safe and small: rows of the expansion are fetched by window.
 */

export interface DocumentSummary {
  readonly index: number;
  readonly range: TextRange;
  readonly kind?: string;
  readonly apiVersion?: string;
  readonly name?: string;
  readonly namespace?: string;
  readonly skipped: boolean;
  readonly broken: boolean;
  readonly errors: number;
  readonly warnings: number;
}

export interface DocumentDiagnostic extends Diagnostic {
  /** Index of the document the diagnostic belongs to (-1 for the file itself). */
  readonly document: number;
}

/** A clique as the panels show it. */
export interface CliqueSummary {
  readonly index: number;
  readonly name: string;
  readonly roleName: string;
  readonly replicas: number;
  readonly minAvailable: number;
  readonly startsAfter: readonly string[];
  readonly autoscaler: { readonly min: number; readonly max: number } | null;
  /** The scaling group that lists it, or null when standalone. */
  readonly scalingGroup: string | null;
  readonly image: string;
  /** The first container's requests as written (`{cpu: '10m', 'nvidia.com/gpu': '8'}`). */
  readonly requests: Readonly<Record<string, string>>;
  readonly errors: number;
  readonly warnings: number;
}

export interface ScalingGroupSummary {
  readonly index: number;
  readonly name: string;
  readonly cliqueNames: readonly string[];
  readonly replicas: number;
  readonly minAvailable: number;
  readonly autoscaler: { readonly min: number; readonly max: number } | null;
  readonly errors: number;
  readonly warnings: number;
}

export interface DesignSummary {
  readonly name: string;
  readonly namespace: string;
  readonly replicas: number;
  readonly startupType: string;
  readonly cliques: readonly CliqueSummary[];
  readonly scalingGroups: readonly ScalingGroupSummary[];
}

export interface ActiveDocument {
  readonly index: number;
  readonly design: DesignSummary;
  readonly totals: ExpansionTotals;
  readonly outline: readonly OutlineItem[];
  readonly errors: number;
  readonly warnings: number;
}

export interface Analysis {
  /** The store revision the result was computed from. */
  readonly revision: number;
  readonly documents: readonly DocumentSummary[];
  readonly diagnostics: readonly DocumentDiagnostic[];
  readonly errors: number;
  readonly warnings: number;
  /** Some text cannot be read as YAML. */
  readonly unreadable: boolean;
  /** Index of the document the panels show (the requested one if it is a PodCliqueSet, else the first). */
  readonly activeIndex: number;
  /** The active PodCliqueSet, or null when it cannot be read (the panels then keep the last good one). */
  readonly active: ActiveDocument | null;
  /** Time the core took, in milliseconds, for the status bar and the benchmarks. */
  readonly elapsedMs: number;
}
