import { RichText } from './RichText';

interface Props {
  readonly hints: readonly string[];
  readonly shown: number;
  readonly onReveal: () => void;
}

/** Hints, revealed one at a time. */
export function HintList({ hints, shown, onReveal }: Props) {
  if (hints.length === 0) return null;
  const visible = hints.slice(0, shown);
  return (
    <div className="hints">
      {visible.length > 0 && (
        <ol className="hint-list" aria-label="Hints">
          {visible.map((hint, i) => (
            <li key={i}>
              <RichText text={hint} />
            </li>
          ))}
        </ol>
      )}
      <button type="button" onClick={onReveal} disabled={shown >= hints.length}>
        {shown >= hints.length ? 'No more hints' : `Show a hint (${shown + 1} of ${hints.length})`}
      </button>
    </div>
  );
}
