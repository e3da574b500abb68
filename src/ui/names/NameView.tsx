import { useId, useState, type FocusEvent, type MouseEvent } from 'react';
import { createPortal } from 'react-dom';
import type { NameAnatomy } from '../../core/names/anatomy';
import { partClass } from './roles';
import { NameParts } from './NameParts';
import './names.css';

interface Props {
  readonly anatomy: NameAnatomy;
  readonly className?: string;
  /** Focusable by Tab (default). Rows of a long list pass false and show the legend on hover. */
  readonly focusable?: boolean;
  /** Open at first, at this place (a name that replaced text under the pointer). */
  readonly initialAnchor?: Anchor | null;
}

/** Where the parts pop-up opens (viewport pixels): below the name, or above it near the bottom. */
export interface Anchor {
  readonly left: number;
  readonly top?: number;
  readonly bottom?: number;
}

/** Room the pop-up needs below a name before it opens above instead. */
const POP_HEIGHT = 240;

export function anchorBelow(element: Element): Anchor {
  const box = element.getBoundingClientRect();
  const left = Math.max(4, Math.min(box.left, window.innerWidth - 420));
  return box.bottom + POP_HEIGHT > window.innerHeight
    ? { left, bottom: window.innerHeight - box.top + 4 }
    : { left, top: box.bottom + 4 };
}

/**
 * A generated name. Hovering or focusing it colours its parts (PodCliqueSet, indices, scaling group,
 * clique, suffix) and shows what each part is; the parts come from the model, never from splitting on '-'.
 */
export function NameView({ anatomy, className, focusable = true, initialAnchor = null }: Props) {
  const [anchor, setAnchor] = useState<Anchor | null>(initialAnchor);
  const id = useId();
  const open = (event: MouseEvent<HTMLElement> | FocusEvent<HTMLElement>) =>
    setAnchor(anchorBelow(event.currentTarget));
  return (
    <span
      className={`name-anatomy mono${anchor ? ' active' : ''}${className ? ` ${className}` : ''}`}
      tabIndex={focusable ? 0 : undefined}
      aria-describedby={anchor ? id : undefined}
      data-name={anatomy.name}
      onMouseEnter={open}
      onMouseLeave={() => setAnchor(null)}
      onFocus={open}
      onBlur={() => setAnchor(null)}
    >
      {/* Plain text until hovered or focused: long lists render thousands of names. */}
      {anchor
        ? anatomy.parts.map((part) => (
            <span key={part.start} className={partClass(part.role)}>
              {part.text}
            </span>
          ))
        : anatomy.name}
      {/* In the page's body: rows of a virtual list contain their paint, which would clip the pop-up. */}
      {anchor &&
        createPortal(
          <span
            className="name-pop"
            role="tooltip"
            id={id}
            style={{ left: anchor.left, top: anchor.top, bottom: anchor.bottom }}
          >
            <NameParts anatomy={anatomy} />
          </span>,
          document.body,
        )}
    </span>
  );
}
