import type { Diagnostic, TextEdit } from '../../src/core/diagnostics/types';

/** What the editor test page exposes to Playwright as `window.editorHarness`. */
export interface EditorHarness {
  /** The text as the page's little store holds it. */
  text: string;
  undo: number;
  redo: number;
  /** Every `onUserEdit` call, and whether its edits turned the previous text into `nextText`. */
  edits: { edits: readonly TextEdit[]; consistent: boolean }[];
  /** The Monaco model's own text, to compare with the store's. */
  modelText(): Promise<string>;
  /** The markers on the model: Monaco severity (8 error, 4 warning, 1 hint), code and line. */
  markers(): Promise<{ severity: number; code: string; line: number }[]>;
  cursor: number | null;
  /** Milliseconds from navigation start to the first frame with Monaco's lines on screen. */
  firstEditorPaint: number | null;
  /** Keystroke (keydown) to the frame after the page's store got the edit, in milliseconds. */
  keystrokeLatencies: number[];
  setText(next: string): void;
  reveal(start: number, end: number, select: boolean): void;
  setTheme(theme: 'light' | 'dark'): void;
  setFontSize(px: number): void;
  /** Monaco options for a test (e.g. `{ quickSuggestions: false }`). */
  configure(options: Record<string, unknown>): Promise<void>;
}

declare global {
  interface Window {
    editorHarness?: EditorHarness;
  }
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/**
 * Stand-in diagnostics, so the page tests the editor and not the core: every `BAD` is an error (with a quick
 * fix to `GOOD`), every `WARN` a warning, every `NOTE` an info. Messages quote the line to prove user text
 * is shown escaped.
 */
export function fakeDiagnostics(text: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const find = (word: string, severity: Diagnostic['severity'], code: string) => {
    for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
      const lineEnd = text.indexOf('\n', at);
      const quoted = text.slice(text.lastIndexOf('\n', at) + 1, lineEnd === -1 ? undefined : lineEnd).trim();
      out.push({
        severity,
        stage: 'lint',
        code,
        path: 'spec.template',
        ...lineAndColumn(text, at),
        range: { start: at, end: at + word.length },
        message: `${word} found in: ${quoted}`,
        ...(word === 'BAD' && {
          quickFix: {
            title: 'Replace BAD by GOOD',
            edits: [{ range: { start: at, end: at + 3 }, text: 'GOOD' }],
          },
        }),
      });
    }
  };
  find('BAD', 'error', 'test-bad-value');
  find('WARN', 'warning', 'test-warn-value');
  find('NOTE', 'info', 'test-note');
  return out;
}

export function fakeExplain(code: string) {
  return {
    title: `Title of ${code}`,
    explanation: `Explanation of ${code}: what Grove does.`,
    fix: `Fix for ${code}.`,
  };
}

/** A manifest of about `bytes` characters: PodCliqueSets of the seed's shape, one after another. */
export function largeManifest(seed: string, bytes: number): string {
  const body = seed.slice(seed.indexOf('apiVersion:'));
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const doc = `---\n${body.replace('name: mn-disagg', `name: mn-disagg-${i}`)}`;
    parts.push(doc);
    size += doc.length;
  }
  return parts.join('');
}
