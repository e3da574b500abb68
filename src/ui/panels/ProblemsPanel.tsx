import { useRef } from 'react';
import { useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import type { DocumentDiagnostic } from '../../core/analysis/types';
import { useAnalysis } from '../hooks/useAnalysis';
import { useDesignerContext } from '../DesignerContext';
import { RuleHelp } from './RuleHelp';
import './problems.css';

const ROW_HEIGHT = 52;

function ProblemRow({ diagnostic, onOpen }: { diagnostic: DocumentDiagnostic; onOpen: () => void }) {
  return (
    <div className={`problem problem-${diagnostic.severity}`}>
      <button type="button" className="problem-open" onClick={onOpen} title="Show in the editor">
        <span className="problem-icon" aria-hidden="true">
          {diagnostic.severity === 'error' ? '●' : diagnostic.severity === 'warning' ? '▲' : 'i'}
        </span>
        <span className="problem-text">
          <span className="problem-message">{diagnostic.message}</span>
          <span className="problem-meta muted">
            <span className="visually-hidden">{diagnostic.severity} </span>
            <code>{diagnostic.code}</code> · {diagnostic.stage}
            {diagnostic.type ? ` · ${diagnostic.type}` : ''} · line {diagnostic.line}
            {diagnostic.path ? (
              <>
                {' '}
                · <code>{diagnostic.path}</code>
              </>
            ) : null}
          </span>
        </span>
      </button>
      <RuleHelp code={diagnostic.code} />
    </div>
  );
}

/**
 * A row's height as the virtualiser's ResizeObserver reports it, after the browser's own layout. The
 * virtualiser's default also measures a row the moment it is attached, inside React's commit, which forces
 * a layout of the whole page there: 50 ms of the task in which a 1,000-document file's analysis arrived.
 * Until the observer reports, a row keeps the height it had or the estimate.
 */
function sizeFromObserver(
  element: HTMLElement,
  entry: ResizeObserverEntry | undefined,
  virtualizer: Virtualizer<HTMLDivElement, HTMLElement>,
): number {
  const box = entry?.borderBoxSize[0];
  if (box) return Math.round(box.blockSize);
  const key = virtualizer.options.getItemKey(virtualizer.indexFromElement(element));
  return virtualizer.itemSizeCache.get(key) ?? ROW_HEIGHT;
}

/** Every finding of the file: counts, one row per finding, a click jumps to it in the editor. */
export function ProblemsPanel() {
  const diagnostics = useAnalysis((s) => s.latest?.diagnostics);
  const errors = useAnalysis((s) => s.latest?.errors ?? 0);
  const warnings = useAnalysis((s) => s.latest?.warnings ?? 0);
  const { events } = useDesignerContext();
  const scroller = useRef<HTMLDivElement>(null);
  const list = diagnostics ?? [];
  const virtualizer = useVirtualizer({
    count: list.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    measureElement: sizeFromObserver,
    overscan: 8,
  });
  const infos = list.length - errors - warnings;
  return (
    <section className="problems" aria-label="Problems">
      <h2 className="panel-title">
        Problems{' '}
        <span className="muted" data-testid="problems-counts">
          {errors} {errors === 1 ? 'error' : 'errors'}, {warnings} {warnings === 1 ? 'warning' : 'warnings'}
          {infos > 0 ? `, ${infos} ${infos === 1 ? 'note' : 'notes'}` : ''}
        </span>
      </h2>
      {list.length === 0 ? (
        <p className="problems-empty">No problems: Grove would admit this manifest.</p>
      ) : (
        <div className="problems-scroller" ref={scroller}>
          <ul role="list" style={{ height: virtualizer.getTotalSize() }} className="problems-list">
            {virtualizer.getVirtualItems().map((item) => {
              const diagnostic = list[item.index]!;
              return (
                <li
                  key={item.key}
                  data-index={item.index}
                  ref={virtualizer.measureElement}
                  style={{ transform: `translateY(${item.start}px)` }}
                >
                  <ProblemRow
                    diagnostic={diagnostic}
                    onOpen={() => events.reveal.emit({ range: diagnostic.range, select: true, focus: true })}
                  />
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </section>
  );
}
