import { useId, useState } from 'react';
import { hasRule, ruleFor } from '../../core/rules/registry';

/** A "?" next to a finding that opens the rule's explanation: what Grove does, why, and how to fix it. */
export function RuleHelp({ code }: { code: string }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  if (!hasRule(code)) return null;
  const rule = ruleFor(code);
  return (
    <span className="rule-help">
      <button
        type="button"
        className="rule-help-toggle"
        aria-expanded={open}
        aria-controls={id}
        aria-label={`Explain ${code}`}
        onClick={() => setOpen(!open)}
      >
        ?
      </button>
      {open && (
        <span className="rule-help-body" id={id} role="note">
          <strong>{rule.title}</strong>
          <span>{rule.explanation}</span>
          <span>
            <em>Fix:</em> {rule.fix}
          </span>
          {rule.ref && <span className="muted">Grove rule {rule.ref}</span>}
        </span>
      )}
    </span>
  );
}
