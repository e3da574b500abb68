import { Dialog } from './Dialog';
import type { FileActions } from './useFileActions';

interface Props {
  readonly actions: FileActions;
  /** Downloads the whole graph as PNG or SVG. */
  readonly graph: (format: 'png' | 'svg') => void;
  readonly onClose: () => void;
}

/** Everything the designer can hand out, as files or on the clipboard. */
export function ExportDialog({ actions, graph: exportGraph, onClose }: Props) {
  // The image is made from the graph on the page: without one, say where to find it.
  const graph = document.querySelector('.react-flow') ? exportGraph : null;
  return (
    <Dialog title="Export" onClose={onClose} wide>
      <div className="export-list">
        <section className="export-row" aria-label="Manifest">
          <div>
            <h3>Manifest</h3>
            <p className="muted">The editor&apos;s text, byte for byte, ready for kubectl apply -f.</p>
          </div>
          <div className="export-buttons">
            <button type="button" onClick={actions.downloadText}>
              Download .yaml
            </button>
            <button type="button" onClick={() => void actions.copyToClipboard()}>
              Copy
            </button>
          </div>
        </section>
        <section className="export-row" aria-label="Manifest with Grove's defaults">
          <div>
            <h3>With Grove&apos;s defaults written out</h3>
            <p className="muted">
              What Grove fills in (minAvailable, roleName, terminationDelay...) written explicitly, so the
              file says everything Grove will use. An explicit minAvailable also keeps later updates from
              changing it.
            </p>
          </div>
          <div className="export-buttons">
            <button type="button" onClick={() => void actions.exportWithDefaults()}>
              Download .yaml
            </button>
            <button type="button" onClick={() => void actions.writeDefaults().then(onClose)}>
              Write into the editor
            </button>
          </div>
        </section>
        <section className="export-row" aria-label="Expansion">
          <div>
            <h3>Expansion (JSON)</h3>
            <p className="muted">
              Every PodClique, scaling group, PodGang, service and pod Grove would create, as{' '}
              <code>grove-designer expand</code> prints it (pods: the first 10,000).
            </p>
          </div>
          <div className="export-buttons">
            <button type="button" onClick={() => void actions.exportText('expand')}>
              Download .json
            </button>
            <button type="button" onClick={() => void actions.exportText('expand', true)}>
              Copy
            </button>
          </div>
        </section>
        <section className="export-row" aria-label="kubectl views">
          <div>
            <h3>kubectl views (text)</h3>
            <p className="muted">
              <code>kubectl get pcs, pcsg, pclq, pg, pods</code> as they would print, values only a cluster
              knows shown as &lt;live&gt;.
            </p>
          </div>
          <div className="export-buttons">
            <button type="button" onClick={() => void actions.exportText('kubectl')}>
              Download .txt
            </button>
            <button type="button" onClick={() => void actions.exportText('kubectl', true)}>
              Copy
            </button>
          </div>
        </section>
        <section className="export-row" aria-label="Diagram">
          <div>
            <h3>Diagram</h3>
            <p className="muted">
              {graph
                ? 'The whole graph, not only what is on screen, in the current theme.'
                : 'Open the graph to export it as an image.'}
            </p>
          </div>
          <div className="export-buttons">
            <button type="button" disabled={!graph} onClick={() => graph?.('png')}>
              PNG
            </button>
            <button type="button" disabled={!graph} onClick={() => graph?.('svg')}>
              SVG
            </button>
          </div>
        </section>
      </div>
    </Dialog>
  );
}
