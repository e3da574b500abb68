/** Where a finding comes from, in the order Kubernetes meets a manifest. */
export type Stage = 'yaml' | 'schema' | 'webhook' | 'lint';

export type Severity = 'error' | 'warning' | 'info';

/** Kubernetes' `field.ErrorType` words, as Grove and the API server report them. */
export type ErrorType =
  | 'Required'
  | 'Invalid'
  | 'Duplicate'
  | 'Forbidden'
  | 'NotSupported'
  | 'NotFound'
  | 'TooLong'
  | 'TooMany'
  | 'InternalError';

/**
 * One segment of a concrete location inside a document: a mapping key or a sequence index.
 * A `Locator` is where a finding points in the text; the reported `path` may differ from it
 * (Grove reports some paths without list indices, e.g. `spec.template.cliques.name`).
 */
export type PathSegment = string | number;
export type Locator = readonly PathSegment[];

/** A half-open range of UTF-16 offsets into the file's text. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

/** A finding before it is placed in the text: what rule code fires, where, and why. */
export interface Finding {
  readonly code: string;
  /** The field path exactly as Grove / the API server reports it. */
  readonly path: string;
  /** Where in the document the finding points (nearest present ancestor is used if absent). */
  readonly at: Locator;
  readonly message: string;
  /** Overrides the rule's own error type (a few rules report two types). */
  readonly type?: ErrorType;
  /** Overrides the rule's own one-line fix. */
  readonly fix?: string;
  /** Points at the mapping key rather than the value (e.g. an unknown field). */
  readonly onKey?: boolean;
  /** A mechanical fix, when there is one (offsets into the file's text). */
  readonly quickFix?: QuickFix;
  /**
   * A mechanical fix that replaces the node the finding points at (its key, with `onKey`) by this text;
   * turned into `quickFix` when the finding is placed.
   */
  readonly replaceWith?: { readonly title: string; readonly text: string };
}

/** A finding placed in the text, as the CLI prints it and the editor marks it. */
export interface Diagnostic {
  readonly severity: Severity;
  readonly stage: Stage;
  readonly code: string;
  readonly type?: ErrorType;
  readonly path: string;
  /** 1-based line and column of the start of `range`. */
  readonly line: number;
  readonly column: number;
  readonly range: TextRange;
  readonly message: string;
  readonly fix?: string;
  /** A mechanical fix the editor can offer as a quick fix. */
  readonly quickFix?: QuickFix;
}

/** A text replacement that fixes a diagnostic; applied as one undoable edit. */
export interface QuickFix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
}

export interface TextEdit {
  readonly range: TextRange;
  readonly text: string;
}
