import { useAnalysis } from '../hooks/useAnalysis';
import { useDesigner } from '../hooks/useDesigner';
import { formatCount } from '../format';
import { DocumentPicker } from './DocumentPicker';
import { ThemeMenu } from './ThemeMenu';
import { FileToolbar } from '../files/FileToolbar';
import './header.css';

function Count({ value, label, testId }: { value: bigint | number; label: string; testId: string }) {
  return (
    <span className="summary-count" data-testid={testId}>
      <strong>{formatCount(value)}</strong> {label}
    </span>
  );
}

/** The header: the active PodCliqueSet, what Grove would create from it, and how many problems it has. */
export function SummaryHeader() {
  const lastGood = useAnalysis((s) => s.lastGood);
  const latest = useAnalysis((s) => s.latest);
  const stale = useAnalysis((s) => s.stale);
  const failure = useAnalysis((s) => s.failure);
  const presenter = useDesigner((s) => s.view.presenter);
  const setView = useDesigner((s) => s.setView);
  const active = lastGood?.active;
  const totals = active?.totals;
  const errors = latest?.errors ?? 0;
  const warnings = latest?.warnings ?? 0;
  return (
    <header className="summary" aria-label="Summary">
      <h1 className="summary-title">Grove Designer</h1>
      <FileToolbar />
      <DocumentPicker />
      <div className={`summary-counts${stale ? ' stale' : ''}`} aria-live="polite">
        {active ? (
          <>
            <span className="summary-name mono" data-testid="pcs-name" title="PodCliqueSet">
              {active.design.name || '(no name)'}
            </span>
            {totals && (
              <>
                <Count value={totals.podCliques} label="PodCliques" testId="count-podcliques" />
                <Count
                  value={totals.podCliqueScalingGroups}
                  label="scaling groups"
                  testId="count-scaling-groups"
                />
                <Count value={totals.podGangs} label="PodGangs" testId="count-podgangs" />
                <Count value={totals.pods} label="pods" testId="count-pods" />
              </>
            )}
          </>
        ) : (
          <span className="muted">No PodCliqueSet to show yet</span>
        )}
        {stale && (
          <span
            className="stale-badge"
            data-testid="stale"
            title="The text does not parse; these counts are from the last version that did."
          >
            stale: last valid result
          </span>
        )}
      </div>
      <div className="summary-problems">
        <span className={`badge ${errors > 0 ? 'badge-error' : 'badge-ok'}`} data-testid="count-errors">
          {formatCount(errors)} {errors === 1 ? 'error' : 'errors'}
        </span>
        <span
          className={`badge ${warnings > 0 ? 'badge-warning' : 'badge-quiet'}`}
          data-testid="count-warnings"
        >
          {formatCount(warnings)} {warnings === 1 ? 'warning' : 'warnings'}
        </span>
      </div>
      <div className="summary-tools">
        <button
          type="button"
          aria-pressed={presenter}
          onClick={() => setView({ presenter: !presenter })}
          title="Larger type and higher contrast, for projectors"
        >
          Presenter
        </button>
        <ThemeMenu />
        <a
          className="summary-workshop"
          href="#/workshop"
          title="Exercises on Grove's naming, in their own workspace"
        >
          Workshop
        </a>
      </div>
      {failure && (
        <p className="summary-failure" role="alert">
          The designer&apos;s core failed on this text: {failure}
        </p>
      )}
    </header>
  );
}
