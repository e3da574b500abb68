import { useEffect, useRef } from 'react';
import { startupWord } from './model/topology';
import type { PendingConnect } from './hooks/useGraphActions';
import './inspector/inspector.css';

const meaning: Record<string, string> = {
  AnyOrder: 'cliques start in any order and startsAfter is ignored',
  InOrder: 'each clique waits for the one before it in the list',
};

/**
 * Asks before a connection switches the startup type to Explicit (a `startsAfter` only counts under
 * Explicit, REFERENCE (g)); both changes are then made as one step.
 */
export function ConfirmDialog({
  pending,
  onConfirm,
  onCancel,
}: {
  pending: PendingConnect | null;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (pending && !d.open) d.showModal();
    if (!pending && d.open) d.close();
  }, [pending]);
  const word = pending ? startupWord(pending.startupType) : '';
  return (
    <dialog
      ref={dialog}
      className="graph-confirm"
      aria-labelledby="graph-confirm-title"
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      {pending && (
        <>
          <h2 id="graph-confirm-title">Switch the startup type to Explicit?</h2>
          <p>
            <span className="mono">{pending.dependent.clique.name}</span> would start after{' '}
            <span className="mono">{pending.after}</span>. The startup type is {word}
            {meaning[word] ? ` (${meaning[word]})` : ''}; a dependency only counts under Explicit, so the
            designer will set <code>cliqueStartupType: CliqueStartupTypeExplicit</code> and add the
            dependency, as one change.
          </p>
          <div className="graph-confirm-buttons">
            <button type="button" onClick={onCancel}>
              Cancel
            </button>
            <button type="button" className="primary" autoFocus onClick={onConfirm}>
              Switch to Explicit and connect
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
