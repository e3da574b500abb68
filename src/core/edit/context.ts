import type { Document } from 'yaml';
import type { TextEdit, TextRange } from '../diagnostics/types';
import type { Layout } from './render';
import type { Source } from './source';

const pad = (n: number): string => ' '.repeat(n);

/** Collects the edits of one command; every offset is in the text the command started from. */
export class EditContext {
  readonly edits: TextEdit[] = [];

  private detected: Layout | undefined;

  constructor(
    readonly doc: Document.Parsed,
    readonly src: Source,
    private readonly detect: () => Layout,
  ) {}

  /** The file's layout, read on first use (only commands that write new blocks need it). */
  get layout(): Layout {
    this.detected ??= this.detect();
    return this.detected;
  }

  get eol(): string {
    return this.src.eol;
  }

  replace(start: number, end: number, text: string): void {
    if (text === this.src.text.slice(start, end)) return;
    this.edits.push({ range: { start, end }, text });
  }

  insert(at: number, text: string): void {
    this.replace(at, at, text);
  }

  /**
   * Inserts whole lines at a line start, each indented by `column`. At the end of a text without a
   * final line break, the lines go after a new line break instead, so the file still ends open.
   */
  insertLines(at: number, lines: readonly string[], column: number): void {
    const body = lines.map((line) => pad(column) + line);
    this.insertChunk(at, body.join(this.eol) + this.eol);
  }

  /** Inserts text made of whole lines (ending with a line break) at a line start. */
  insertChunk(at: number, chunk: string): void {
    if (at === this.src.text.length && this.src.endsOpen) {
      const cut = chunk.endsWith('\r\n') ? 2 : chunk.endsWith('\n') ? 1 : 0;
      this.insert(at, this.eol + chunk.slice(0, chunk.length - cut));
    } else this.insert(at, chunk);
  }

  /**
   * Deletes whole lines. When blank lines stand both before and after them, the blank lines before
   * go too (one gap stays). At the end of a text without a final line break, the line break before
   * the lines goes instead, so the file still ends open.
   */
  deleteLines(span: TextRange): void {
    const { src } = this;
    let start = span.start;
    if (span.end < src.text.length && src.kind(span.end) === 'blank')
      for (
        let line = src.previousLine(start);
        line >= 0 && src.kind(line) === 'blank';
        line = src.previousLine(line)
      )
        start = line;
    if (span.end === src.text.length && src.endsOpen && start > 0) {
      const cut = start >= 2 && src.text[start - 2] === '\r' ? 2 : 1;
      this.replace(start - cut, span.end, '');
    } else this.replace(start, span.end, '');
  }
}
