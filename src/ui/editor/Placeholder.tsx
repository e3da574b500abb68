/** Lines of the text shown while Monaco loads (the rest is below the fold anyway). */
const PREVIEW_LINES = 200;

function firstLines(text: string, count: number): string {
  let end = 0;
  for (let i = 0; i < count && end !== -1; i++) end = text.indexOf('\n', end + (i === 0 ? 0 : 1));
  return end === -1 ? text : text.slice(0, end);
}

/** A read-only view of the text while the editor loads, or the reason it could not. */
export function Placeholder({
  text,
  failure,
  fontSize,
}: {
  text: string;
  failure: string | null;
  fontSize?: number;
}) {
  return (
    <div className="manifest-editor__placeholder" aria-busy={failure === null}>
      <p className="manifest-editor__status" role="status">
        {failure === null ? 'Loading editor…' : `The editor could not load: ${failure}`}
      </p>
      <pre style={fontSize !== undefined ? { fontSize } : undefined}>{firstLines(text, PREVIEW_LINES)}</pre>
    </div>
  );
}
