import type { PanelDefinition } from '../layout/PanelTabs';
import { ErrorBadge } from '../panels/ErrorBadge';
import { ProblemsPanel } from '../panels/ProblemsPanel';
import { PodTreePanel } from '../tree/PodTreePanel';
import { GraphPanel } from '../graph/GraphPanel';
import { AnatomyPanel } from './AnatomyPanel';

/**
 * The results tabs beside an exercise. They are the designer's own panels: they read whichever
 * DesignerProvider they are mounted in, here the workshop's.
 */
export function workshopPanels(options: { readonly anatomyHidden: boolean; readonly withAnatomy: boolean }) {
  const panels: PanelDefinition[] = [
    { id: 'tree', label: 'Pod tree', render: () => <PodTreePanel /> },
    { id: 'graph', label: 'Graph', render: () => <GraphPanel /> },
    { id: 'problems', label: 'Problems', render: () => <ProblemsPanel />, badge: <ErrorBadge /> },
  ];
  if (options.withAnatomy)
    panels.unshift({
      id: 'anatomy',
      label: 'Name anatomy',
      render: () => <AnatomyPanel hidden={options.anatomyHidden} />,
    });
  return panels;
}
