import { SummaryHeader } from './header/SummaryHeader';
import { SplitPane } from './layout/SplitPane';
import { PanelTabs } from './layout/PanelTabs';
import { GraphPanel } from './graph/GraphPanel';
import { resultPanels } from './panels/registry';
import { EditorPane } from './EditorPane';
import { useDesigner } from './hooks/useDesigner';
import { useTheme } from './hooks/useTheme';
import { GraphSizeGuard } from './perf/GraphSizeGuard';
import { ShownMark } from './perf/ShownMark';
import './theme/theme.css';

/** The designer page: the summary header, the manifest editor, the topology graph and the results panels. */
export function App() {
  const view = useDesigner((s) => s.view);
  const setView = useDesigner((s) => s.setView);
  const theme = useTheme(view.theme, view.presenter);
  return (
    <div className="app">
      <SummaryHeader />
      <SplitPane
        label="Resize the editor"
        fraction={view.split}
        onChange={(split) => setView({ split })}
        first={<EditorPane theme={theme} presenter={view.presenter} />}
        second={
          <SplitPane
            stacked
            label="Resize the topology graph"
            fraction={view.graphSplit ?? 0.55}
            onChange={(graphSplit) => setView({ graphSplit })}
            first={
              <GraphSizeGuard>
                <GraphPanel />
              </GraphSizeGuard>
            }
            second={
              <PanelTabs
                label="Results"
                panels={resultPanels}
                active={view.panel}
                onSelect={(panel) => setView({ panel })}
              />
            }
          />
        }
      />
      <ShownMark />
    </div>
  );
}
