import { useRef, useState, type KeyboardEvent } from 'react';
import { useGraphActionsContext } from '../context';

/**
 * Renames a node in place: Enter renames, Escape cancels, leaving the field renames. A refused name
 * (invalid, duplicate, over the budget) keeps the field open; the status line says why.
 */
export function RenameField({ id, initial, label }: { id: string; initial: string; label: string }) {
  const actions = useGraphActionsContext();
  const [value, setValue] = useState(initial);
  const [refused, setRefused] = useState(false);
  const done = useRef(false);
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    event.stopPropagation();
    if (event.key === 'Enter') {
      event.preventDefault();
      const to = value.trim();
      const ok = actions.finishRename(id, to);
      setRefused(!ok);
      if (!ok) return;
      done.current = true;
      // The node's id follows its (now unique) name.
      focusNode(to === initial ? id : `${id.startsWith('clique') ? 'clique' : 'group'}:${to}`);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      done.current = true;
      actions.finishRename(id, null);
      focusNode(id);
    }
  };
  return (
    <input
      className="graph-rename nodrag nopan mono"
      aria-label={label}
      aria-invalid={refused}
      value={value}
      spellCheck={false}
      autoFocus
      onFocus={(e) => e.currentTarget.select()}
      onChange={(e) => {
        setValue(e.target.value);
        setRefused(false);
      }}
      onKeyDown={onKeyDown}
      onBlur={() => {
        if (done.current) return;
        done.current = true;
        if (!actions.finishRename(id, value.trim())) actions.finishRename(id, null);
      }}
    />
  );
}

/** Gives the keyboard focus back to a node once it is drawn (after a rename its id may change). */
export function focusNode(id: string, tries = 30): void {
  const node = document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
  if (node) node.focus();
  else if (tries > 0) requestAnimationFrame(() => focusNode(id, tries - 1));
}
