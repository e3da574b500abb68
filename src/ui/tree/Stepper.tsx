import { useState } from 'react';
import type { EditCommand } from '../../core/edit/types';
import { useEditCommand } from './useEditCommand';

interface Props {
  /** What the count is of, for the buttons' names: "prefill replicas", "pworker pods". */
  readonly what: string;
  readonly value: number;
  readonly min: number;
  readonly command: (value: number) => EditCommand;
}

/** − / + buttons that change a count in the manifest (one undo step each), from the tree. */
export function Stepper({ what, value, min, command }: Props) {
  const run = useEditCommand();
  const [refused, setRefused] = useState<string | null>(null);
  const step = (to: number) => {
    void run(command(to), `Set ${what} to ${to}`).then(setRefused);
  };
  return (
    <span className="stepper" onClick={(e) => e.stopPropagation()}>
      <button
        type="button"
        aria-label={`Fewer ${what}`}
        title={`Fewer ${what} (edits the manifest)`}
        disabled={value <= min}
        onClick={() => step(value - 1)}
      >
        −
      </button>
      <button
        type="button"
        aria-label={`More ${what}`}
        title={`More ${what} (edits the manifest)`}
        onClick={() => step(value + 1)}
      >
        +
      </button>
      {refused && (
        <span className="stepper-refused" role="status">
          {refused}
        </span>
      )}
    </span>
  );
}
