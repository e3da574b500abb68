import { useId, useState, type KeyboardEvent } from 'react';

interface Props {
  readonly label: string;
  /** The value in the manifest ('' when absent). */
  readonly value: string;
  /** Called with the new text ('' clears an optional field) when Enter is pressed or the field is left. */
  readonly onCommit: (text: string) => void;
  readonly disabled: boolean;
  readonly numeric?: boolean;
  readonly placeholder?: string;
  readonly hint?: string;
}

/**
 * A field that changes the manifest when the user is done with it (Enter or leaving it), not on
 * every keystroke: each change is one undo step. Escape puts the manifest's value back.
 */
export function Field({ label, value, onCommit, disabled, numeric, placeholder, hint }: Props) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => {
    if (draft === null) return;
    setDraft(null);
    if (draft.trim() !== value) onCommit(draft.trim());
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') commit();
    else if (event.key === 'Escape') setDraft(null);
  };
  return (
    <div className="inspector-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={numeric ? 'number' : 'text'}
        className={numeric ? 'mono' : undefined}
        inputMode={numeric ? 'numeric' : undefined}
        value={draft ?? value}
        placeholder={placeholder}
        title={hint}
        disabled={disabled}
        spellCheck={false}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={onKeyDown}
        onBlur={commit}
      />
    </div>
  );
}

/** A count as the command wants it: a number (the core refuses non-integers with its reason), or null. */
export function countOf(text: string): number | null {
  return text === '' ? null : Number(text);
}
