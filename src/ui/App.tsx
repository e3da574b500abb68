import { useMemo } from 'react';
import { SummaryHeader } from './header/SummaryHeader';
import { SplitPane } from './layout/SplitPane';
import { PanelTabs, type PanelDefinition } from './layout/PanelTabs';
import { ProblemsPanel } from './panels/ProblemsPanel';
import { ClusterSettingsPanel } from './panels/ClusterSettingsPanel';
import { EditorPane } from './EditorPane';
import { useDesigner } from './hooks/useDesigner';
import { useAnalysis } from './hooks/useAnalysis';
import { useTheme } from './hooks/useTheme';
import './theme/theme.css';

function ErrorBadge() {
  const errors = useAnalysis((s) => s.latest?.errors ?? 0);
  return errors > 0 ? (
    <span className="tab-badge" aria-label={`${errors} errors`}>
      {errors}
    </span>
  ) : null;
}

/** The designer page: the summary header, the manifest editor and the results panels. */
export function App() {
  const view = useDesigner((s) => s.view);
  const setView = useDesigner((s) => s.setView);
  const theme = useTheme(view.theme, view.presenter);
  const panels = useMemo<PanelDefinition[]>(
    () => [
      { id: 'problems', label: 'Problems', render: () => <ProblemsPanel />, badge: <ErrorBadge /> },
      { id: 'settings', label: 'Cluster settings', render: () => <ClusterSettingsPanel /> },
    ],
    [],
  );
  return (
    <div className="app">
      <SummaryHeader />
      <SplitPane
        label="Resize the editor"
        fraction={view.split}
        onChange={(split) => setView({ split })}
        first={<EditorPane theme={theme} presenter={view.presenter} />}
        second={
          <PanelTabs
            label="Results"
            panels={panels}
            active={view.panel}
            onSelect={(panel) => setView({ panel })}
          />
        }
      />
    </div>
  );
}
