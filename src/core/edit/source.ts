function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/** What a line of YAML holds, as far as splicing whole lines is concerned. */
export type LineKind = 'blank' | 'comment' | 'content';

/**
 * Line arithmetic over the text being edited. Offsets are UTF-16 offsets into `text`; a line's
 * `end` is before its line break, `next` is after it (or the text's end).
 */
export class Source {
  /** The file's line break (`\r\n` when its first line break is one), used for inserted lines. */
  readonly eol: string;

  constructor(readonly text: string) {
    const first = text.indexOf('\n');
    this.eol = first > 0 && text[first - 1] === '\r' ? '\r\n' : '\n';
  }

  lineStart(offset: number): number {
    return offset <= 0 ? 0 : this.text.lastIndexOf('\n', offset - 1) + 1;
  }

  /** End of the line's content (before `\r\n` or `\n`). */
  lineEnd(offset: number): number {
    const nl = this.text.indexOf('\n', offset);
    if (nl === -1) return this.text.length;
    return nl > 0 && this.text[nl - 1] === '\r' ? nl - 1 : nl;
  }

  /** Start of the next line, or the text's end on the last line. */
  nextLine(offset: number): number {
    const nl = this.text.indexOf('\n', offset);
    return nl === -1 ? this.text.length : nl + 1;
  }

  /** Start of the previous line, or -1 on the first line. */
  previousLine(lineStart: number): number {
    return lineStart === 0 ? -1 : this.lineStart(lineStart - 1);
  }

  column(offset: number): number {
    return offset - this.lineStart(offset);
  }

  /** Number of leading spaces of the line starting at `lineStart`. */
  indent(lineStart: number): number {
    let i = lineStart;
    while (this.text[i] === ' ') i++;
    return i - lineStart;
  }

  kind(lineStart: number): LineKind {
    const body = this.text.slice(lineStart, this.lineEnd(lineStart)).trim();
    if (body === '') return 'blank';
    return body.startsWith('#') ? 'comment' : 'content';
  }

  /** True when only spaces stand between the line's start and `offset`. */
  leadsLine(offset: number): boolean {
    return this.text.slice(this.lineStart(offset), offset).trim() === '';
  }

  /** True when the text ends without a line break (many of Grove's samples do). */
  get endsOpen(): boolean {
    return this.text.length > 0 && !this.text.endsWith('\n');
  }

  /** The last offset before `end` that is not whitespace, plus one (so `[start, result)` is trimmed). */
  trimEnd(start: number, end: number): number {
    let e = end;
    while (e > start && isSpace(this.text.charCodeAt(e - 1))) e--;
    return e;
  }
}
