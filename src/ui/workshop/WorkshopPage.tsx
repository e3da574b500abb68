import { useMemo, useState } from 'react';
import { DesignerProvider } from '../DesignerContext';
import { useDesigner } from '../hooks/useDesigner';
import { WorkshopContext } from './context';
import { WorkshopView } from './WorkshopView';
import { workshopWorkspace } from './workspace';
import './workshop.css';

/**
 * The workshop page: the lessons in their own workspace (its own store, worker and events), mounted in
 * its own DesignerProvider so every panel inside reads the exercise, never the user's design.
 */
export function WorkshopPage({ lesson }: { readonly lesson: string | null }) {
  // The user's theme preference seeds the workshop's, once.
  const theme = useDesigner((s) => s.view.theme);
  const [workspace] = useState(() => workshopWorkspace(theme));
  const designer = useMemo(() => workspace.designer, [workspace]);
  return (
    <DesignerProvider designer={designer}>
      <WorkshopContext.Provider value={workspace.lessons}>
        <WorkshopView wanted={lesson} />
      </WorkshopContext.Provider>
    </DesignerProvider>
  );
}
