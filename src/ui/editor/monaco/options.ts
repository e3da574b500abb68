import type { editor } from 'monaco-editor/editor';

/** Above this many characters the editor drops the features whose cost grows with the text. */
export const LARGE_TEXT = 1_000_000;

/**
 * Above this many characters the brackets are not matched: matching keeps a bracket tree of the whole
 * text, updated on every change of its colours (300 KB of YAML: 170 ms of main thread per update).
 */
export const BRACKETS_TEXT = 100_000;

/** Which set of size-dependent options a text of this length gets (0: all features, 2: large). */
export function sizeClass(length: number): 0 | 1 | 2 {
  return length > LARGE_TEXT ? 2 : length > BRACKETS_TEXT ? 1 : 0;
}

/** Options for every manifest editor. */
export const BASE_OPTIONS: editor.IStandaloneEditorConstructionOptions = {
  ariaLabel: 'Manifest YAML',
  automaticLayout: true,
  fixedOverflowWidgets: true,
  minimap: { enabled: false },
  scrollBeyondLastLine: false,
  wordBasedSuggestions: 'off',
  suggest: { showWords: false },
  hover: { delay: 300 },
  tabSize: 2,
  insertSpaces: true,
  detectIndentation: false,
  renderWhitespace: 'selection',
  'semanticHighlighting.enabled': false,
};

/**
 * What changes with the size of the text. Above `LARGE_TEXT`: no folding (its ranges are recomputed over the
 * whole text on every edit), no occurrence or selection highlighting (they scan the text), no bracket-pair
 * colours or guides, no sticky scroll, no links, and no completion while typing (each request has the YAML
 * worker re-read the whole text); Ctrl+Space, markers and hover stay.
 */
export function optionsForSize(length: number): editor.IEditorOptions {
  const large = length > LARGE_TEXT;
  return {
    folding: !large,
    occurrencesHighlight: large ? 'off' : 'singleFile',
    selectionHighlight: !large,
    matchBrackets: length > BRACKETS_TEXT ? 'never' : 'always',
    // Off at any size: its bracket tree is rebuilt over nested flow collections (a pasted `[[[...]]]`
    // 10,000 deep cost 500 ms of main thread per change), and a manifest's brackets are few and shallow.
    bracketPairColorization: { enabled: false },
    guides: { indentation: !large, bracketPairs: false },
    stickyScroll: { enabled: false },
    links: !large,
    quickSuggestions: !large,
    colorDecorators: false,
  };
}
