import { useDeferredValue } from 'react';
import { useAnalysis } from '../hooks/useAnalysis';
import { useDesigner } from '../hooks/useDesigner';

/** Files can hold several documents: pick the PodCliqueSet the panels show. Others are listed, untouched. */
export function DocumentPicker() {
  // Deferred: a file of 1,000 documents is 1,000 options to make, which React then makes in slices of
  // a few milliseconds after the rest of the page has drawn the analysis, not inside that task.
  const latest = useDeferredValue(useAnalysis((s) => s.latest));
  const documents = latest?.documents;
  const activeIndex = latest?.activeIndex ?? 0;
  const setActive = useDesigner((s) => s.setActiveDocument);
  if (!documents || documents.length < 2) return null;
  return (
    <label className="document-picker">
      <span className="visually-hidden">Active document</span>
      <select
        value={activeIndex}
        onChange={(e) => setActive(Number(e.target.value))}
        aria-label="Active document"
      >
        {documents.map((d) => (
          <option key={d.index} value={d.index} disabled={d.kind !== 'PodCliqueSet' || d.skipped}>
            {`${d.index + 1}. ${d.kind ?? 'unknown'} ${d.name ?? ''}${d.skipped ? ' (kept, not checked)' : ''}${d.broken ? ' (YAML error)' : ''}`}
          </option>
        ))}
      </select>
    </label>
  );
}
