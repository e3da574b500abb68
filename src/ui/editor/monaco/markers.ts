import type { Diagnostic, Severity } from '../../../core/diagnostics/types';
import { diagnosticMarkdown } from '../text/markdown';
import type { Explain } from '../types';
import type { Monaco } from './monaco';
import type { editor, IDisposable, IRange } from 'monaco-editor/editor';

export const MARKER_OWNER = 'grove';

/** A diagnostic with its place in the model when it was shown. */
export interface Placed {
  readonly diagnostic: Diagnostic;
  readonly range: IRange;
}

export function markerKey(
  m: IRange & { code?: string | { value: string } | undefined; message: string },
): string {
  const code = typeof m.code === 'object' ? m.code.value : m.code;
  return `${m.startLineNumber}:${m.startColumn}:${m.endLineNumber}:${m.endColumn}:${code}:${m.message}`;
}

/** The core's diagnostics as the model's markers: errors red, warnings amber, info as hints. */
export class DiagnosticMarkers implements IDisposable {
  private placed: Placed[] = [];
  private explain: Explain | undefined;
  private readonly byKey = new Map<string, Diagnostic>();
  private readonly hover: IDisposable;
  /** The model version the diagnostics were placed in: quick fixes are offered only while it is current. */
  version = -1;

  constructor(
    private readonly monaco: Monaco,
    private readonly model: editor.ITextModel,
  ) {
    this.hover = monaco.languages.registerHoverProvider('yaml', {
      provideHover: (m, position) => {
        if (m !== this.model) return undefined;
        const here = this.placed
          .filter((p) => this.monaco.Range.containsPosition(p.range, position))
          .slice(0, 3);
        if (here.length === 0) return undefined;
        return {
          contents: here.map((p) => ({
            value: diagnosticMarkdown(p.diagnostic, this.rule(p.diagnostic.code), { withMessage: false }),
            isTrusted: false,
            supportHtml: false,
          })),
        };
      },
    });
  }

  set(diagnostics: readonly Diagnostic[], explain: Explain): void {
    const severity: Record<Severity, number> = {
      error: this.monaco.MarkerSeverity.Error,
      warning: this.monaco.MarkerSeverity.Warning,
      info: this.monaco.MarkerSeverity.Hint,
    };
    this.explain = explain;
    this.byKey.clear();
    this.placed = diagnostics.map((d) => ({ diagnostic: d, range: this.rangeOf(d) }));
    const markers = this.placed.map(({ diagnostic: d, range }) => {
      const marker = {
        ...range,
        severity: severity[d.severity],
        message: d.message,
        code: d.code,
        source: 'Grove',
      };
      this.byKey.set(markerKey(marker), d);
      return marker;
    });
    this.version = this.model.getVersionId();
    this.monaco.editor.setModelMarkers(this.model, MARKER_OWNER, markers);
  }

  /** The diagnostic a marker (as a code action's context hands it back) was made from. */
  find(marker: editor.IMarkerData): Diagnostic | undefined {
    return this.byKey.get(markerKey(marker));
  }

  private rule(code: string) {
    try {
      return this.explain?.(code);
    } catch {
      return undefined; // an unknown code still shows its marker and message
    }
  }

  private rangeOf(d: Diagnostic): IRange {
    const start = this.model.getPositionAt(d.range.start);
    const end = this.model.getPositionAt(Math.max(d.range.end, d.range.start));
    if (d.range.end <= d.range.start) {
      // An empty range (e.g. a missing field reported at its parent): cover the word there, as Monaco draws it.
      const word = this.model.getWordAtPosition(start);
      const endColumn = word
        ? word.endColumn
        : Math.min(start.column + 1, this.model.getLineMaxColumn(start.lineNumber));
      return {
        startLineNumber: start.lineNumber,
        startColumn: word?.startColumn ?? start.column,
        endLineNumber: start.lineNumber,
        endColumn,
      };
    }
    return {
      startLineNumber: start.lineNumber,
      startColumn: start.column,
      endLineNumber: end.lineNumber,
      endColumn: end.column,
    };
  }

  dispose(): void {
    this.hover.dispose();
    this.monaco.editor.setModelMarkers(this.model, MARKER_OWNER, []);
  }
}
