import { useRef, useState, type FocusEvent, type MouseEvent } from 'react';
import type { NameAnatomy } from '../../core/names/anatomy';
import { decodeNameQuery } from '../../worker/queries/decode-name';
import { useDesignerContext } from '../DesignerContext';
import { anchorBelow, NameView, type Anchor } from './NameView';

interface Decoded {
  readonly anatomy: NameAnatomy;
  readonly anchor: Anchor | null;
}

/**
 * A name printed as text (a kubectl cell): on hover or focus it is read by the decoder and from then on
 * shown like any generated name, its parts coloured and explained. Names the manifest cannot generate
 * stay plain text.
 */
export function DecodedName({ text }: { text: string }) {
  const { core } = useDesignerContext();
  const [decoded, setDecoded] = useState<Decoded | null>(null);
  const pointing = useRef(false);
  const decode = (event: MouseEvent<HTMLElement> | FocusEvent<HTMLElement>) => {
    pointing.current = true;
    const anchor = anchorBelow(event.currentTarget);
    void core.query(decodeNameQuery, { text }).then((answer) => {
      const r = answer.result;
      const found = r?.status === 'found' ? r.reading : r?.status === 'ambiguous' ? r.readings[0] : undefined;
      if (found) setDecoded({ anatomy: found.anatomy, anchor: pointing.current ? anchor : null });
    });
  };
  if (decoded) return <NameView anatomy={decoded.anatomy} focusable={false} initialAnchor={decoded.anchor} />;
  return (
    <span className="decodable" onMouseEnter={decode} onMouseLeave={() => (pointing.current = false)}>
      {text}
    </span>
  );
}
