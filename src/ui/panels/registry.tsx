import type { PanelDefinition } from '../layout/PanelTabs';
import { ProblemsPanel } from './ProblemsPanel';
import { ClusterSettingsPanel } from './ClusterSettingsPanel';
import { ErrorBadge } from './ErrorBadge';
import { ComparePanel } from '../files/ComparePanel';
import { PodTreePanel } from '../tree/PodTreePanel';
import { NamesPanel } from '../names/NamesPanel';
import { KubectlPanel } from '../kubectl/KubectlPanel';
import { CapacityPanel } from '../capacity/CapacityPanel';

/**
 * The results panels, in tab order. A new panel adds one entry here (its component lives in its own
 * folder under src/ui); each panel's root is a region with its own accessible name.
 */
export const resultPanels: readonly PanelDefinition[] = [
  { id: 'problems', label: 'Problems', render: () => <ProblemsPanel />, badge: <ErrorBadge /> },
  { id: 'tree', label: 'Pod tree', render: () => <PodTreePanel /> },
  { id: 'names', label: 'Names', render: () => <NamesPanel /> },
  { id: 'kubectl', label: 'kubectl', render: () => <KubectlPanel /> },
  { id: 'capacity', label: 'Capacity', render: () => <CapacityPanel /> },
  {
    id: 'settings',
    label: 'Cluster settings',
    shortLabel: 'Cluster',
    render: () => <ClusterSettingsPanel />,
  },
  { id: 'live', label: 'Compare with live', shortLabel: 'Compare', render: () => <ComparePanel /> },
];
