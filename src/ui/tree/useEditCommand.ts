import { useCallback } from 'react';
import type { EditCommand } from '../../core/edit/types';
import { editCommandQuery } from '../../worker/queries/edit-command';
import { useDesignerContext } from '../DesignerContext';

/**
 * Runs a designer command (`setGroupReplicas`...) in the worker on the text it last analysed and applies
 * the edits as one undo step, if the text has not changed since. Resolves to the reason when refused.
 */
export function useEditCommand(): (command: EditCommand, label: string) => Promise<string | null> {
  const { store, core } = useDesignerContext();
  return useCallback(
    async (command, label) => {
      const asked = core.getState().requested;
      const answer = await core.query(editCommandQuery, { command });
      const result = answer.result;
      if (!result) return 'The designer is still reading the manifest.';
      if (!result.ok) return result.reason;
      if (answer.revision !== asked || core.getState().requested !== asked)
        return 'The text changed meanwhile; try again.';
      store.getState().applyCommand(result.edits, label);
      return null;
    },
    [store, core],
  );
}
