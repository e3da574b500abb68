import { useCallback, useState } from 'react';
import { applyCommands } from '../../../core/edit/compose';
import type { EditCommand } from '../../../core/edit/types';
import { useDesignerContext } from '../../DesignerContext';

/** The last thing a gesture did or why it was refused, shown in the graph's status line. */
export interface Status {
  readonly tone: 'info' | 'error';
  readonly text: string;
}

export type RunCommands = (commands: readonly EditCommand[]) => number | null;

/**
 * Applies edit commands to the store's text as ONE undo step. Returns the analysis revision that
 * will show the change, or null when nothing changed; a refusal is reported and changes nothing.
 */
export function useCommandRunner(document: number): {
  run: RunCommands;
  status: Status | null;
  report: (status: Status | null) => void;
} {
  const { store, core } = useDesignerContext();
  const [status, report] = useState<Status | null>(null);
  const run = useCallback(
    (commands: readonly EditCommand[]) => {
      if (commands.length === 0) return null;
      if (core.getState().stale) {
        report({
          tone: 'error',
          text: 'The manifest has a YAML error: fix it in the editor before changing the graph.',
        });
        return null;
      }
      const result = applyCommands(store.getState().text, document, commands);
      if (!result.ok) {
        report({ tone: 'error', text: result.reason });
        return null;
      }
      if (result.edits.length === 0) return null;
      store.getState().applyCommand(result.edits, result.summary);
      report({ tone: 'info', text: result.summary });
      return core.getState().requested;
    },
    [store, core, document],
  );
  return { run, status, report };
}
