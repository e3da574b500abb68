import { useRef, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';
import './layout.css';

interface Props {
  /** Fraction of the width (or, stacked, the height) given to the first pane (0.2 to 0.8). */
  readonly fraction: number;
  readonly onChange: (fraction: number) => void;
  readonly first: ReactNode;
  readonly second: ReactNode;
  readonly label: string;
  /** Side by side (default), or stacked one above the other. */
  readonly stacked?: boolean;
}

const clamp = (x: number) => Math.min(0.8, Math.max(0.2, x));

/** Two panes with a separator that drags with the mouse and moves with the arrow keys. */
export function SplitPane({ fraction, onChange, first, second, label, stacked = false }: Props) {
  const root = useRef<HTMLDivElement>(null);
  const [less, more] = stacked ? ['ArrowUp', 'ArrowDown'] : ['ArrowLeft', 'ArrowRight'];
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    event.currentTarget.setPointerCapture(event.pointerId);
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (!event.currentTarget.hasPointerCapture(event.pointerId) || !root.current) return;
    const box = root.current.getBoundingClientRect();
    onChange(
      clamp(stacked ? (event.clientY - box.top) / box.height : (event.clientX - box.left) / box.width),
    );
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.shiftKey ? 0.1 : 0.02;
    if (event.key === less) onChange(clamp(fraction - step));
    else if (event.key === more) onChange(clamp(fraction + step));
    else return;
    event.preventDefault();
  };
  const tracks = `${fraction * 100}% 6px 1fr`;
  return (
    <div
      className={`split${stacked ? ' split-stacked' : ''}`}
      ref={root}
      style={stacked ? { gridTemplateRows: tracks } : { gridTemplateColumns: tracks }}
    >
      <div className="split-pane">{first}</div>
      <div
        className="split-separator"
        role="separator"
        // The separator's own line: upright between panes side by side, level between stacked ones.
        aria-orientation={stacked ? 'horizontal' : 'vertical'}
        aria-label={label}
        aria-valuemin={20}
        aria-valuemax={80}
        aria-valuenow={Math.round(fraction * 100)}
        tabIndex={0}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onKeyDown={onKeyDown}
      />
      <div className="split-pane">{second}</div>
    </div>
  );
}
