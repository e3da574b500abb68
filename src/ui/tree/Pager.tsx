import { formatCount } from '../format';

/** Rows one window of the tree shows: a browser cannot scroll a list much taller than this. */
export const MAX_ROWS = 500_000;

interface Props {
  readonly total: bigint;
  readonly base: bigint;
  readonly onBase: (base: bigint) => void;
}

/** For trees past `MAX_ROWS` open rows: which window of rows is shown, and buttons to move between them. */
export function Pager({ total, base, onBase }: Props) {
  const size = BigInt(MAX_ROWS);
  const last = ((total - 1n) / size) * size;
  const end = base + size > total ? total : base + size;
  return (
    <div className="tree-pager" role="group" aria-label="Rows shown">
      <span>
        Rows {formatCount(base + 1n)}–{formatCount(end)} of {formatCount(total)}
      </span>
      <button type="button" disabled={base === 0n} onClick={() => onBase(0n)}>
        First
      </button>
      <button type="button" disabled={base === 0n} onClick={() => onBase(base - size)}>
        Previous {formatCount(size)}
      </button>
      <button type="button" disabled={base >= last} onClick={() => onBase(base + size)}>
        Next {formatCount(size)}
      </button>
      <button type="button" disabled={base >= last} onClick={() => onBase(last)}>
        Last
      </button>
    </div>
  );
}
