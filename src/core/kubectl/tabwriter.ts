/**
 * kubectl's table layout: cells separated by tabs go through Go's text/tabwriter with kubectl's settings
 * (k8s.io/cli-runtime printers `GetNewTabWriter`: minwidth 6, padding 3, pad character ' ', no
 * alignment flags). Every column but the last is padded with spaces to its widest cell plus 3, and to at
 * least 6; the last cell of a line is not padded. Headers are part of the column.
 */

export const TAB_MIN_WIDTH = 6;
export const TAB_PADDING = 3;

/** Go's tabwriter measures text in runes (code points). */
function runes(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** Width of each column's widest cell (before padding), over the header and the rows given. */
export function textWidths(header: readonly string[], rows: readonly (readonly string[])[]): number[] {
  const widths = header.map(runes);
  for (const row of rows) row.forEach((cell, c) => (widths[c] = Math.max(widths[c] ?? 0, runes(cell))));
  return widths;
}

/** Cell widths as tabwriter pads them (the last column is never padded). */
export function cellWidths(textWidth: readonly number[]): number[] {
  return textWidth.map((w) => Math.max(w + TAB_PADDING, TAB_MIN_WIDTH));
}

/** One line of the table, padded to `textWidth` (from `textWidths`, or wider). */
export function formatLine(cells: readonly string[], textWidth: readonly number[]): string {
  const padded = cellWidths(textWidth);
  let line = '';
  cells.forEach((cell, c) => {
    line +=
      c === cells.length - 1 ? cell : cell + ' '.repeat(Math.max(padded[c]! - runes(cell), TAB_PADDING));
  });
  return line;
}
