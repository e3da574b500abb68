import { useAnalysis } from '../hooks/useAnalysis';
import { useDesigner } from '../hooks/useDesigner';

/** Files can hold several documents: pick the PodCliqueSet the panels show. Others are listed, untouched. */
export function DocumentPicker() {
  const documents = useAnalysis((s) => s.latest?.documents);
  const activeIndex = useAnalysis((s) => s.latest?.activeIndex ?? 0);
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
