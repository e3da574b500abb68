import { useMemo, useState } from 'react';
import type { DocumentDiagnostic } from '../../core/analysis/types';
import type { OutlineItem } from '../../core/outline/outline';
import type { NameBudget } from '../../core/budget/name-budget';
import { useAnalysis } from '../hooks/useAnalysis';
import { formatCount, plural } from '../format';
import { BudgetCard } from './BudgetCard';
import { CountField } from './CountField';
import { Decoder } from './Decoder';
import { NameFindings, NAME_CODES } from './NameFindings';
import { NameLegend } from './NameLegend';
import { LengthAnalysis } from './LengthAnalysis';
import { useNameBudgets } from './useNameBudgets';
import { useWhatIf } from './useWhatIf';
import './names.css';

const none: readonly DocumentDiagnostic[] = [];
const noOutline: readonly OutlineItem[] = [];

/**
 * Budget cards drawn at once: a design of 10,000 cliques took a 2.2 s task to draw them all. Past this,
 * a filter finds a clique's card by name.
 */
export const MAX_CARDS = 100;

/**
 * Names: the colours of name parts, the guide's "Name Length Analysis" next to Grove's 45-character
 * budget, a decoder for pasted names, and each clique's budgets with a what-if that edits nothing.
 */
export function NamesPanel() {
  const revision = useAnalysis((s) => s.lastGood?.revision ?? -1);
  const active = useAnalysis((s) => s.lastGood?.active ?? null);
  const diagnostics = useAnalysis((s) => s.lastGood?.diagnostics ?? none);
  const whatIf = useWhatIf();
  const [filter, setFilter] = useState('');
  const data = useNameBudgets(revision, whatIf.overrides, filter, MAX_CARDS);
  const document = active?.index ?? 0;
  const named = diagnostics.filter((d) => d.document === document && NAME_CODES.has(d.code));
  const outline = active?.outline ?? noOutline;
  const cliqueItems = useMemo(
    () => new Map(outline.filter((i) => i.kind === 'clique').map((i) => [i.name, i] as const)),
    [outline],
  );
  const findingsOf = (b: NameBudget) => {
    const item = cliqueItems.get(b.clique);
    return item
      ? named.filter((d) => d.range.start >= item.range.start && d.range.end <= item.range.end)
      : [];
  };
  const elsewhere = named.filter(
    (d) =>
      !outline.some(
        (i) => i.kind === 'clique' && d.range.start >= i.range.start && d.range.end <= i.range.end,
      ),
  );
  const longest = data?.longest ?? null;
  const cards = data?.budgets ?? [];
  const matching = data?.matching ?? 0;
  const needle = filter.trim();
  return (
    <section className="names" aria-label="Names">
      <h2 className="panel-title">Names</h2>
      <div className="names-body">
        <NameLegend />
        <p className="muted names-hint">Hover or focus any generated name to see its parts.</p>
        {longest && <LengthAnalysis budget={longest} />}
        <h3>Decoder</h3>
        <Decoder document={document} revision={revision} />
        <h3>Budgets per clique</h3>
        <NameFindings diagnostics={elsewhere} />
        {data && (
          <div className="whatif-bar">
            <span>What if (edits nothing):</span>
            <CountField
              label="PodCliqueSet replicas"
              value={data.pcsReplicas ?? 0n}
              overridden={whatIf.overrides.pcsReplicas !== undefined}
              onChange={whatIf.setPcsReplicas}
            />
            {whatIf.active && (
              <button type="button" onClick={whatIf.reset}>
                Back to the manifest's counts
              </button>
            )}
          </div>
        )}
        {data && data.total > MAX_CARDS && (
          <div className="budget-filter">
            <label>
              Find a clique <input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
            </label>
            <span className="muted" role="status">
              {cards.length < matching
                ? `Showing ${formatCount(cards.length)} of ${plural(matching, 'clique')}${needle ? ' that match' : ''}.`
                : `${plural(matching, 'clique')} ${matching === 1 ? 'matches' : 'match'}.`}
            </span>
          </div>
        )}
        <div className="budget-cards">
          {cards.map((b) => (
            <BudgetCard
              key={`${b.scalingGroup ?? ''}/${b.clique}`}
              budget={b}
              findings={<NameFindings diagnostics={findingsOf(b)} />}
              whatIf={
                <div className="whatif-row">
                  {b.scalingGroup !== null && b.counts.groupReplicas !== null && (
                    <CountField
                      label={`${b.scalingGroup} replicas`}
                      value={b.counts.groupReplicas}
                      overridden={whatIf.overrides.groupReplicas?.[b.scalingGroup] !== undefined}
                      onChange={(v) => whatIf.setGroup(b.scalingGroup!, v)}
                    />
                  )}
                  <CountField
                    label={`${b.clique} pods`}
                    value={b.counts.pods}
                    overridden={whatIf.overrides.pods?.[b.clique] !== undefined}
                    onChange={(v) => whatIf.setPods(b.clique, v)}
                  />
                </div>
              }
            />
          ))}
        </div>
      </div>
    </section>
  );
}
