/**
 * Where to cut `text` into steps of about `size` characters for Monaco: just after a line break, never
 * between a `\r` and its `\n`, so each step holds whole lines (a line longer than `size` stays whole).
 * Returns the end offset of every step; the last is `text.length`. An empty text is one empty step.
 */
export function stepEnds(text: string, size: number): number[] {
  const ends: number[] = [];
  let start = 0;
  while (text.length - start > size) {
    const newline = text.indexOf('\n', start + size - 1);
    if (newline === -1) break;
    ends.push(newline + 1);
    start = newline + 1;
  }
  if (start < text.length || ends.length === 0) ends.push(text.length);
  return ends;
}
