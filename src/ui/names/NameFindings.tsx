import type { DocumentDiagnostic } from '../../core/analysis/types';
import { useDesignerContext } from '../DesignerContext';
import { RuleHelp } from '../panels/RuleHelp';

/** Rule codes about names: budgets, lengths, shapes that break hostnames, collisions. */
export const NAME_CODES: ReadonlySet<string> = new Set([
  'clique-name-too-long',
  'group-name-too-long',
  'clique-name-invalid',
  'label-value-too-long',
  'hostname-too-long',
  'name-headroom',
  'name-has-dot',
  'pcs-name-starts-with-digit',
  'pcs-name-long',
  'generic-clique-name',
  'clique-name-suffix',
  'generated-name-collision',
  'hpa-name-collision',
  'role-parse-hyphen',
]);

/** Findings, each with its explanation (RuleHelp) and a jump to the text. */
export function NameFindings({ diagnostics }: { diagnostics: readonly DocumentDiagnostic[] }) {
  const { events } = useDesignerContext();
  if (diagnostics.length === 0) return null;
  return (
    <ul className="name-findings">
      {diagnostics.map((d, n) => (
        <li key={`${d.code}-${d.range.start}-${n}`} className={`finding-${d.severity}`}>
          <button
            type="button"
            className="finding-open"
            title="Show in the editor"
            onClick={() => events.reveal.emit({ range: d.range, select: true, focus: true })}
          >
            <span className="visually-hidden">{d.severity}: </span>
            {d.message}
          </button>
          <RuleHelp code={d.code} />
        </li>
      ))}
    </ul>
  );
}
