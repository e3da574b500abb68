import { useCallback, useRef, useState, type ReactNode } from 'react';
import { Dialog } from './Dialog';

export interface Choice<T extends string> {
  readonly value: T;
  readonly label: string;
  readonly primary?: boolean;
}

export interface Question<T extends string> {
  readonly title: string;
  readonly body: ReactNode;
  readonly choices: readonly Choice<T>[];
}

export type Ask = <T extends string>(question: Question<T>) => Promise<T | null>;

interface Pending {
  readonly question: Question<string>;
  readonly resolve: (value: string | null) => void;
}

/** `ask(question)` shows a dialog and resolves with the chosen value, or null when it is dismissed. */
export function useAsk(): [ReactNode, Ask] {
  const [pending, setPending] = useState<Pending | null>(null);
  const current = useRef<Pending | null>(null);
  const ask = useCallback<Ask>(
    <T extends string>(question: Question<T>) =>
      new Promise<T | null>((resolve) => {
        current.current?.resolve(null);
        const next: Pending = { question, resolve: (v) => resolve(v as T | null) };
        current.current = next;
        setPending(next);
      }),
    [],
  );
  const answer = (value: string | null) => {
    pending?.resolve(value);
    current.current = null;
    setPending(null);
  };
  const element = pending ? (
    <Dialog title={pending.question.title} onClose={() => answer(null)}>
      <div className="files-dialog-body">{pending.question.body}</div>
      <div className="files-dialog-actions">
        {pending.question.choices.map((choice) => (
          <button
            key={choice.value}
            type="button"
            className={choice.primary ? 'primary' : undefined}
            onClick={() => answer(choice.value)}
          >
            {choice.label}
          </button>
        ))}
        <button type="button" onClick={() => answer(null)}>
          Cancel
        </button>
      </div>
    </Dialog>
  ) : null;
  return [element, ask];
}
