/**
 * Lesson text with `code` in backticks. Everything stays React text: a lesson file comes from an
 * instructor's disk and never reaches the page as HTML.
 */
export function RichText({ text }: { readonly text: string }) {
  const pieces = text.split('`');
  return (
    <>
      {pieces.map((piece, i) =>
        i % 2 === 1 && i < pieces.length - 1 ? (
          <code key={i}>{piece}</code>
        ) : (
          <span key={i}>{i % 2 === 1 ? `\`${piece}` : piece}</span>
        ),
      )}
    </>
  );
}
