import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { TreeRowView } from '../../core/tree/rows';
import { PAGE_SIZE } from './pages';
import { useRowPages } from './useRowPages';
import { useTreeLoader } from './useTreeLoader';
import { useTreeKeys } from './useTreeKeys';
import { TreeRow, type Mark } from './TreeRow';
import { Pager, MAX_ROWS } from './Pager';
import { CursorAnatomy } from './CursorAnatomy';
import { markRevision, TREE_SHOWN_MARK } from '../../worker/marks';

/** A row to scroll to and put the cursor on; `nonce` repeats a request for the same row. */
export interface TreeTarget {
  readonly row: bigint;
  readonly nonce: number;
}

interface Props {
  readonly label: string;
  /**
   * What the rows are asked for with: the user's open nodes, or null while the default opening applies
   * (the worker works it out for each analysis, so the rows answered with a keystroke's analysis fit it
   * even when the keystroke renamed a clique).
   */
  readonly opened: readonly string[] | null;
  readonly rowHeight: number;
  readonly target: TreeTarget | null;
  readonly onToggle: (row: TreeRowView, open: boolean) => void;
  readonly onPick: (row: TreeRowView) => void;
  readonly markOf: (row: TreeRowView) => Mark;
}

/**
 * The pod tree's rows, virtualised: only the visible rows are rendered, and only their pages are fetched
 * from the worker. Past `MAX_ROWS` rows (a browser cannot scroll further), the tree is shown in windows
 * with a pager.
 */
export function TreeList({ label, opened, rowHeight, target, onToggle, onPick, markOf }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const [pages, rows] = useRowPages<TreeRowView>();
  const { key, load, follow } = useTreeLoader(opened);
  const [base, setBase] = useState(0n);
  const [cursor, setCursor] = useState(0);
  const total = rows.count ?? 0n;
  const count = Number(total - base > BigInt(MAX_ROWS) ? BigInt(MAX_ROWS) : total > base ? total - base : 0n);
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan: 5,
  });
  const items = virtualizer.getVirtualItems();
  const from = base + BigInt(items[0]?.index ?? 0);
  const to = base + BigInt(Math.max((items.at(-1)?.index ?? 0) + 1, PAGE_SIZE));
  // Layout effects: rows answered with the analysis are drawn before the browser paints it.
  useLayoutEffect(() => pages.request(key, from, to, load), [pages, key, from, to, load]);
  useEffect(() => follow(from, to), [follow, from, to]);
  useEffect(() => virtualizer.measure(), [virtualizer, rowHeight]);
  // For the browser benchmark: the rows of this analysis revision are on the screen (key: `revision|...`).
  useLayoutEffect(() => {
    if (rows.key !== '') markRevision(TREE_SHOWN_MARK, Number(rows.key.slice(0, rows.key.indexOf('|'))));
  }, [rows.key]);

  useEffect(() => {
    if (!target) return;
    const window = (target.row / BigInt(MAX_ROWS)) * BigInt(MAX_ROWS);
    const index = Number(target.row - window);
    setBase(window);
    setCursor(index);
    requestAnimationFrame(() => virtualizer.scrollToIndex(index, { align: 'center' }));
  }, [target, virtualizer]);

  const rowAt = (index: number) => rows.row(base + BigInt(index));
  const move = (index: number) => {
    const next = Math.max(0, Math.min(count - 1, index));
    setCursor(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };
  const onKeyDown = useTreeKeys({
    cursor,
    count,
    rowAt,
    move,
    pageRows: () => Math.max(1, Math.floor((scroller.current?.clientHeight ?? rowHeight) / rowHeight) - 1),
    toggle: onToggle,
    pick: onPick,
  });
  const pick = useCallback(
    (row: TreeRowView, index: number) => {
      setCursor(index);
      onPick(row);
    },
    [onPick],
  );
  const id = (index: number) => `tree-row-${index}`;
  return (
    <>
      {total > BigInt(MAX_ROWS) && (
        <Pager
          total={total}
          base={base}
          onBase={(b) => (setBase(b), setCursor(0), virtualizer.scrollToIndex(0))}
        />
      )}
      <div
        className="tree-scroller"
        ref={scroller}
        role="tree"
        aria-label={label}
        aria-busy={rows.key !== key}
        tabIndex={0}
        aria-activedescendant={rowAt(cursor) ? id(cursor) : undefined}
        onKeyDown={onKeyDown}
      >
        <div className="tree-rows" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const row = rowAt(item.index);
            return (
              <TreeRow
                key={item.index}
                id={id(item.index)}
                row={row}
                index={item.index}
                cursor={item.index === cursor}
                mark={row ? markOf(row) : null}
                top={item.start}
                height={rowHeight}
                onToggle={onToggle}
                onPick={pick}
              />
            );
          })}
        </div>
      </div>
      <CursorAnatomy row={rowAt(cursor)} />
    </>
  );
}
