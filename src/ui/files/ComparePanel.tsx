import { useState } from 'react';
import type { ChangeCount, CliqueChange, LiveDiff } from '../../core/files/live-diff';
import type { LiveComparison } from '../../worker/queries/live-compare';
import { useDesignerContext } from '../DesignerContext';
import { formatCount } from '../format';
import { useDesigner } from '../hooks/useDesigner';
import { useAsk } from './Ask';
import { useNotices } from './Notices';
import { useFileActions } from './useFileActions';
import { useLiveComparison } from './useLiveComparison';
import './compare.css';

function CountRow({ label, c }: { label: string; c: ChangeCount }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td>{formatCount(c.before)}</td>
      <td>{formatCount(c.after)}</td>
      <td>{formatCount(c.kept)}</td>
      <td className={c.added !== 0 ? 'diff-added' : undefined}>
        {c.added !== 0 ? `+${formatCount(c.added)}` : '0'}
      </td>
      <td className={c.removed !== 0 ? 'diff-removed' : undefined}>
        {c.removed !== 0 ? `−${formatCount(c.removed)}` : '0'}
      </td>
    </tr>
  );
}

const HEAD = (
  <thead>
    <tr>
      <th scope="col">
        <span className="visually-hidden">Object</span>
      </th>
      <th scope="col">Live</th>
      <th scope="col">After</th>
      <th scope="col">Kept</th>
      <th scope="col">Added</th>
      <th scope="col">Removed</th>
    </tr>
  </thead>
);

function cliqueLabel(c: CliqueChange): string {
  const where = c.scalingGroup ? ` (in ${c.scalingGroup})` : '';
  const what = c.presence === 'added' ? ', new' : c.presence === 'removed' ? ', gone' : '';
  return `${c.name}${where}${what}`;
}

function Diff({ diff }: { diff: LiveDiff }) {
  const rolled = diff.cliques.filter((c) => c.rolled).map((c) => c.name);
  return (
    <>
      <table className="diff-table" aria-label="What applying changes">
        <caption>
          PodCliqueSet replicas {diff.pcsReplicas.live} → {diff.pcsReplicas.next}
        </caption>
        {HEAD}
        <tbody>
          <CountRow label="PodCliques" c={diff.podCliques} />
          <CountRow label="Scaling groups" c={diff.scalingGroups} />
          <CountRow label="Pods" c={diff.pods} />
        </tbody>
      </table>
      <table className="diff-table" aria-label="PodCliques by clique">
        <caption>PodCliques by clique</caption>
        {HEAD}
        <tbody>
          {diff.cliques.map((c) => (
            <CountRow key={`${c.name}/${c.presence}`} label={cliqueLabel(c)} c={c.podCliques} />
          ))}
        </tbody>
      </table>
      {rolled.length > 0 && (
        <p className="compare-note">
          Pod template changed for {rolled.join(', ')}: Grove replaces their pods in a rolling update.
        </p>
      )}
      {diff.notes.map((note) => (
        <p key={note} className="compare-note">
          {note}
        </p>
      ))}
    </>
  );
}

function Verdict({ comparison }: { comparison: LiveComparison }) {
  const { events } = useDesignerContext();
  if (comparison.found === 'none')
    return (
      <p className="verdict verdict-unknown" data-testid="live-verdict">
        The live text has no PodCliqueSet to compare with. Paste a single object:{' '}
        <code>kubectl get pcs NAME -n NAMESPACE -o yaml</code> (without a name, kubectl wraps objects in a
        List).
      </p>
    );
  const refused = !comparison.admitted;
  return (
    <div className={`verdict ${refused ? 'verdict-refused' : 'verdict-admitted'}`} data-testid="live-verdict">
      <p className="verdict-line">
        {comparison.found === 'other-name'
          ? `The live object is "${comparison.liveName ?? ''}", this manifest is "${comparison.name ?? ''}": applying creates a second PodCliqueSet, it does not update the live one. `
          : ''}
        <strong>
          {refused
            ? `Grove would refuse this ${comparison.operation === 'UPDATE' ? 'update' : 'object'}`
            : `Grove would admit this ${comparison.operation === 'UPDATE' ? 'update' : 'object'}`}
        </strong>
      </p>
      {refused && (
        <ul className="refusals">
          {comparison.refusals.map((r) => (
            <li key={`${r.code}/${r.range.start}`}>
              <button
                type="button"
                className="linklike"
                onClick={() => events.reveal.emit({ range: r.range, select: true, focus: true })}
              >
                {r.message}
              </button>{' '}
              <span className="muted">
                <code>{r.code}</code> · line {r.line}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * Compare with live: paste what the cluster has, see whether applying the manifest over it would be
 * admitted, and what it would add, remove and keep.
 */
export function ComparePanel() {
  const live = useDesigner((s) => s.live);
  const setLive = useDesigner((s) => s.setLive);
  const [draft, setDraft] = useState<string | null>(null);
  const comparison = useLiveComparison(live);
  const [question, ask] = useAsk();
  const [notices, notify] = useNotices('Compare notices');
  const actions = useFileActions(ask, notify);
  const editing = live === null || draft !== null;

  return (
    <section className="compare" aria-label="Compare with live">
      <h2 className="panel-title">Compare with live</h2>
      <div className="compare-body">
        {editing ? (
          <div className="compare-input">
            <p className="muted">
              Paste what the cluster has (<code>kubectl get pcs NAME -n NAMESPACE -o yaml</code>). The
              designer then judges the manifest as an update of it, the way Grove does, and shows what
              applying it would add, remove and keep. Nothing is sent anywhere.
            </p>
            <textarea
              aria-label="Live object"
              rows={12}
              spellCheck={false}
              value={draft ?? ''}
              onChange={(e) => setDraft(e.target.value)}
              placeholder="apiVersion: grove.io/v1alpha1&#10;kind: PodCliqueSet&#10;…"
            />
            <div className="compare-actions">
              <button
                type="button"
                className="primary"
                disabled={!draft?.trim()}
                onClick={() => {
                  setLive(draft);
                  setDraft(null);
                }}
              >
                Compare
              </button>
              {live !== null && (
                <button type="button" onClick={() => setDraft(null)}>
                  Cancel
                </button>
              )}
            </div>
          </div>
        ) : (
          <>
            <div className="compare-live">
              <span>
                Live:{' '}
                <strong className="mono">
                  {comparison?.liveName ?? '…'}
                  {comparison?.liveNamespace ? ` (${comparison.liveNamespace})` : ''}
                </strong>
              </span>
              <button type="button" onClick={() => setDraft(live)}>
                Change
              </button>
              <button
                type="button"
                onClick={() =>
                  void actions.openText(live ?? '', 'the live object', { kind: 'ok', podCliqueSets: 1 })
                }
                title="Put the live object into the editor, to edit it into the next version"
              >
                Edit a copy in the editor
              </button>
              <button
                type="button"
                onClick={() => void actions.cleanForApply()}
                title="Remove status and server fields"
              >
                Clean for apply
              </button>
              <button type="button" onClick={() => setLive(null)}>
                Clear
              </button>
            </div>
            {comparison ? (
              <>
                <Verdict comparison={comparison} />
                {comparison.diff && <Diff diff={comparison.diff} />}
              </>
            ) : (
              <p className="muted">Comparing…</p>
            )}
          </>
        )}
      </div>
      {notices}
      {question}
    </section>
  );
}
