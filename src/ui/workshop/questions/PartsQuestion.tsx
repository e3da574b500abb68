import { useRef, useState, type KeyboardEvent } from 'react';
import type { Answer } from '../../../workshop/goals/types';
import {
  MARKABLE_ROLES,
  ROLE_LABELS,
  segmentsOf,
  type MarkableRole,
} from '../../../workshop/lesson/segments';
import { partClass } from '../../names/roles';
import { RichText } from '../RichText';

interface Props {
  readonly ask: string;
  readonly name: string;
  readonly answer: Answer | undefined;
  readonly onAnswer: (answer: Answer) => void;
}

const isMarkable = (role: string | null): role is MarkableRole =>
  role !== null && (MARKABLE_ROLES as readonly string[]).includes(role);

/**
 * Mark the parts of a name: pick a part on the palette, then click the pieces of the name that belong
 * to it (clicking a piece again with the same part clears it).
 */
export function PartsQuestion({ ask, name, answer, onAnswer }: Props) {
  const [role, setRole] = useState<MarkableRole>('pcs');
  const palette = useRef<HTMLDivElement>(null);
  // Arrow keys move between the parts, as in any radio group; only the chosen one is in the Tab order.
  const onPaletteKey = (event: KeyboardEvent) => {
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
    if (step === undefined) return;
    event.preventDefault();
    const next = (MARKABLE_ROLES.indexOf(role) + step + MARKABLE_ROLES.length) % MARKABLE_ROLES.length;
    setRole(MARKABLE_ROLES[next]!);
    palette.current?.querySelectorAll<HTMLElement>('[role="radio"]')[next]?.focus();
  };
  const segments = segmentsOf(name);
  const roles = segments.map((_, i) => (answer?.kind === 'parts' ? (answer.roles[i] ?? null) : null));
  const mark = (i: number) =>
    onAnswer({ kind: 'parts', roles: roles.map((r, k) => (k === i ? (r === role ? null : role) : r)) });
  return (
    <fieldset className="question parts-question">
      <legend className="question-ask">
        <RichText text={ask} />
      </legend>
      <div
        className="parts-palette"
        role="radiogroup"
        aria-label="Part to mark with"
        ref={palette}
        onKeyDown={onPaletteKey}
      >
        {MARKABLE_ROLES.map((r) => (
          <button
            key={r}
            type="button"
            role="radio"
            aria-checked={r === role}
            tabIndex={r === role ? 0 : -1}
            className={`parts-role ${partClass(r)} coloured`}
            onClick={() => setRole(r)}
          >
            <span className={`${partClass(r)} swatch`} aria-hidden="true" />
            {ROLE_LABELS[r]}
          </button>
        ))}
      </div>
      <div className="parts-name mono" role="group" aria-label={`Pieces of ${name}`}>
        {segments.map((s, i) => {
          const marked = roles[i] ?? null;
          const label = isMarkable(marked) ? ROLE_LABELS[marked] : 'not marked';
          return (
            <span key={s.start} className="parts-piece-wrap">
              {i > 0 && <span className="parts-separator">{name[s.start - 1]}</span>}
              <button
                type="button"
                className={`parts-piece${isMarkable(marked) ? ` ${partClass(marked)} coloured` : ''}`}
                aria-label={`${s.text}: ${label}`}
                onClick={() => mark(i)}
              >
                <span className="parts-piece-text">{s.text}</span>
                <span className="parts-piece-role">{isMarkable(marked) ? ROLE_LABELS[marked] : '?'}</span>
              </button>
            </span>
          );
        })}
      </div>
    </fieldset>
  );
}
