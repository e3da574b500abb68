import type { PanelDefinition } from '../layout/PanelTabs';
import { ProblemsPanel } from './ProblemsPanel';
import { ClusterSettingsPanel } from './ClusterSettingsPanel';
import { ErrorBadge } from './ErrorBadge';
import { ComparePanel } from '../files/ComparePanel';
import { PodTreePanel } from '../tree/PodTreePanel';

/**
 * The results panels, in tab order. A new panel adds one entry here (its component lives in its own
 * folder under src/ui); each panel's root is a region with its own accessible name.
 */
export const resultPanels: readonly PanelDefinition[] = [
  { id: 'problems', label: 'Problems', render: () => <ProblemsPanel />, badge: <ErrorBadge /> },
  { id: 'tree', label: 'Pod tree', render: () => <PodTreePanel /> },
  { id: 'settings', label: 'Cluster settings', render: () => <ClusterSettingsPanel /> },
  { id: 'live', label: 'Compare with live', render: () => <ComparePanel /> },
];
