import type { KeyboardEvent } from 'react';
import type { TreeRowView } from '../../core/tree/rows';

interface Keys {
  readonly cursor: number;
  readonly count: number;
  readonly rowAt: (index: number) => TreeRowView | undefined;
  readonly move: (index: number) => void;
  readonly pageRows: () => number;
  readonly toggle: (row: TreeRowView, open: boolean) => void;
  readonly pick: (row: TreeRowView) => void;
}

/** The WAI-ARIA tree keyboard pattern: arrows move and open or close, Home/End, PageUp/Down, Enter selects. */
export function useTreeKeys({ cursor, count, rowAt, move, pageRows, toggle, pick }: Keys) {
  const parentOf = (index: number) => {
    const depth = rowAt(index)?.depth ?? 0;
    for (let i = index - 1; i >= 0 && i > index - 5000; i--) {
      const d = rowAt(i)?.depth;
      if (d !== undefined && d < depth) return i;
    }
    return index;
  };
  return (event: KeyboardEvent) => {
    const row = rowAt(cursor);
    const actions: Record<string, () => void> = {
      ArrowDown: () => move(cursor + 1),
      ArrowUp: () => move(cursor - 1),
      PageDown: () => move(cursor + pageRows()),
      PageUp: () => move(cursor - pageRows()),
      Home: () => move(0),
      End: () => move(count - 1),
      ArrowRight: () => {
        if (row?.expandable && !row.expanded) toggle(row, true);
        else if (row?.expanded) move(cursor + 1);
      },
      ArrowLeft: () => {
        if (row?.expandable && row.expanded) toggle(row, false);
        else move(parentOf(cursor));
      },
      Enter: () => row && pick(row),
      ' ': () => row && pick(row),
    };
    const action = actions[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };
}
