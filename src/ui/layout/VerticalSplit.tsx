import { useRef, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';
import './vertical-split.css';

interface Props {
  /** Fraction of the height given to the top pane (0.2 to 0.8). */
  readonly fraction: number;
  readonly onChange: (fraction: number) => void;
  readonly top: ReactNode;
  readonly bottom: ReactNode;
  readonly label: string;
}

const clamp = (x: number) => Math.min(0.8, Math.max(0.2, x));

/** Two panes one above the other with a separator that drags with the mouse and moves with the arrow keys. */
export function VerticalSplit({ fraction, onChange, top, bottom, label }: Props) {
  const root = useRef<HTMLDivElement>(null);
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    event.currentTarget.setPointerCapture(event.pointerId);
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (!event.currentTarget.hasPointerCapture(event.pointerId) || !root.current) return;
    const box = root.current.getBoundingClientRect();
    onChange(clamp((event.clientY - box.top) / box.height));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.shiftKey ? 0.1 : 0.02;
    if (event.key === 'ArrowUp') onChange(clamp(fraction - step));
    else if (event.key === 'ArrowDown') onChange(clamp(fraction + step));
    else return;
    event.preventDefault();
  };
  return (
    <div className="vsplit" ref={root} style={{ gridTemplateRows: `${fraction * 100}% 6px 1fr` }}>
      <div className="vsplit-pane">{top}</div>
      <div
        className="vsplit-separator"
        role="separator"
        aria-orientation="horizontal"
        aria-label={label}
        aria-valuemin={20}
        aria-valuemax={80}
        aria-valuenow={Math.round(fraction * 100)}
        tabIndex={0}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onKeyDown={onKeyDown}
      />
      <div className="vsplit-pane">{bottom}</div>
    </div>
  );
}
