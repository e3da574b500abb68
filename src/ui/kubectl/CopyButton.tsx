import { useState } from 'react';

interface Props {
  /** The text, or a function that fetches it when clicked. */
  readonly text: string | (() => Promise<string | null>);
  readonly label: string;
}

/** Copies text to the clipboard and says so. */
export function CopyButton({ text, label }: Props) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      const value = typeof text === 'string' ? text : await text();
      if (value === null) throw new Error('nothing to copy');
      await navigator.clipboard.writeText(value);
      setState('copied');
    } catch {
      setState('failed');
    }
    setTimeout(() => setState('idle'), 1500);
  };
  return (
    <button type="button" className="copy-button" onClick={() => void copy()} aria-label={label}>
      {state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed' : 'Copy'}
    </button>
  );
}
