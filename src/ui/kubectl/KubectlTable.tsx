import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { cellWidths, PLACEHOLDER, textWidths } from '../../core/kubectl';
import {
  kubectlWindowQuery,
  type KubectlView,
  type KubectlWindow,
} from '../../worker/queries/kubectl-window';
import { useDesignerContext } from '../DesignerContext';
import { DecodedName } from '../names/DecodedName';
import { PAGE_SIZE, type Loader } from '../tree/pages';
import { useRowPages } from '../tree/useRowPages';
import { MAX_ROWS, Pager } from '../tree/Pager';

interface Props {
  readonly view: KubectlView;
  readonly meta: KubectlWindow;
  readonly revision: number;
  readonly rowHeight: number;
}

function Line({ cells, widths }: { cells: readonly string[]; widths: readonly number[] }) {
  return cells.map((cell, c) => {
    const pad = c === cells.length - 1 ? '' : ' '.repeat(Math.max(widths[c]! - [...cell].length, 3));
    const text = c === 0 ? <DecodedName key={cell} text={cell} /> : cell;
    return (
      <span key={c} className={cell === PLACEHOLDER ? 'live-cell' : undefined}>
        {text}
        {pad}
      </span>
    );
  });
}

/** One row of the view, positioned in the virtual list; re-rendered only when its cells or widths change. */
const Row = memo(function Row(props: {
  cells: readonly string[] | undefined;
  widths: readonly number[];
  top: number;
  height: number;
}) {
  return (
    <div className="kubectl-line" style={{ transform: `translateY(${props.top}px)`, height: props.height }}>
      {props.cells ? <Line cells={props.cells} widths={props.widths} /> : <span className="muted">…</span>}
    </div>
  );
});

/** A `kubectl get` view laid out as kubectl prints it, virtualised; rows load a page at a time. */
export function KubectlTable({ view, meta, revision, rowHeight }: Props) {
  const { core } = useDesignerContext();
  const scroller = useRef<HTMLDivElement>(null);
  const [pages, rows] = useRowPages<readonly string[]>();
  const [base, setBase] = useState(0n);
  const load = useCallback<Loader<readonly string[]>>(
    async (start, end) => (await core.query(kubectlWindowQuery, { view, start, end })).result,
    [core, view],
  );
  const key = `${revision}|${view}`;
  const total = rows.key === key ? (rows.count ?? 0n) : BigInt(meta.count);
  const count = Number(total - base > BigInt(MAX_ROWS) ? BigInt(MAX_ROWS) : total - base);
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const from = base + BigInt(items[0]?.index ?? 0);
  const to = base + BigInt(Math.max((items.at(-1)?.index ?? 0) + 1, PAGE_SIZE));
  useEffect(() => pages.request(key, from, to, load), [pages, key, from, to, load]);
  useEffect(() => virtualizer.measure(), [virtualizer, rowHeight]);
  // Columns as wide as every row loaded so far needs (kubectl measures all rows; this grows as you scroll).
  const widths = useMemo(
    () => cellWidths(textWidths(meta.header, [...rows.loaded()].flat())),
    [meta.header, rows],
  );
  return (
    <>
      {total > BigInt(MAX_ROWS) && (
        <Pager total={total} base={base} onBase={(b) => (setBase(b), virtualizer.scrollToIndex(0))} />
      )}
      <div
        className="kubectl-scroller"
        ref={scroller}
        tabIndex={0}
        role="region"
        aria-label={`${meta.command} output`}
      >
        <div className="kubectl-line kubectl-header" role="row">
          <Line cells={meta.header} widths={widths} />
        </div>
        <div
          className="kubectl-rows"
          style={{ height: virtualizer.getTotalSize() }}
          data-testid="kubectl-rows"
        >
          {items.map((item) => (
            <Row
              key={item.index}
              cells={rows.row(base + BigInt(item.index))}
              widths={widths}
              top={item.start}
              height={rowHeight}
            />
          ))}
        </div>
      </div>
    </>
  );
}
