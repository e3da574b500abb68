import type { Diagnostic, TextEdit, TextRange } from '../../core/diagnostics/types';

/** What the editor shows in the hover of a diagnostic, looked up by rule code. */
export interface RuleExplanation {
  readonly title: string;
  readonly explanation: string;
  readonly fix: string;
}

export type Explain = (code: string) => RuleExplanation;

/** A quick fix (the light bulb): a title and the edits, in offsets of the current text. */
export interface QuickFixAction {
  readonly title: string;
  readonly edits: readonly TextEdit[];
}

export type QuickFixProvider = (diagnostic: Diagnostic) => readonly QuickFixAction[];

export type EditorTheme = 'light' | 'dark';

/** Names of the active document that completion offers in `cliqueNames`, `startsAfter` and resource filters. */
export interface DocumentNames {
  readonly cliques: readonly string[];
  readonly scalingGroups: readonly string[];
}

export interface ManifestEditorOptions {
  container: HTMLElement;
  /** The initial text. */
  text: string;
  theme: EditorTheme;
  /** Presenter mode uses a larger one. */
  fontSize?: number;
  /** The user typed, pasted, cut, dragged text: edits are offsets in the text before the change. */
  onUserEdit(edits: readonly TextEdit[], nextText: string): void;
  /** Ctrl+Z: the store owns the one undo history. */
  onUndo(): void;
  /** Ctrl+Shift+Z and Ctrl+Y. */
  onRedo(): void;
  /** The user moved the cursor (debounced lightly); programmatic moves (setText, reveal) do not report. */
  onCursor(offset: number): void;
  /** Clique and scaling-group names of the active document, for completion in cliqueNames / startsAfter. */
  names(): DocumentNames;
}

export interface ManifestEditor {
  /** Text changed elsewhere (undo, graph, file): apply it as minimal edits, keeping cursor, scroll and folding. */
  setText(next: string): void;
  /**
   * Shows the core's diagnostics as markers. They must belong to the editor's current text: offsets are placed
   * in the text as it is when this is called.
   */
  setDiagnostics(diagnostics: readonly Diagnostic[], explain: Explain): void;
  /** Quick fixes (the light bulb): given a diagnostic, the edits that fix it. */
  setQuickFixProvider(provide: QuickFixProvider): void;
  reveal(range: TextRange, options?: { select?: boolean; focus?: boolean }): void;
  setTheme(theme: EditorTheme): void;
  setFontSize(px: number): void;
  focus(): void;
  dispose(): void;
}

/** Makes the editor in steps, each in a task of its own (a 5 MB text costs Monaco about 200 ms in all). */
export type CreateManifestEditor = (options: ManifestEditorOptions) => Promise<ManifestEditor>;
