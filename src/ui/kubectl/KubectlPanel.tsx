import { useState } from 'react';
import { PLACEHOLDER } from '../../core/kubectl';
import { kubectlTextQuery } from '../../worker/queries/kubectl-text';
import type { KubectlView } from '../../worker/queries/kubectl-window';
import { useDesignerContext } from '../DesignerContext';
import { useAnalysis } from '../hooks/useAnalysis';
import { useDesigner } from '../hooks/useDesigner';
import { formatCount } from '../format';
import { CopyButton } from './CopyButton';
import { KubectlTable } from './KubectlTable';
import { useKubectlMeta } from './useKubectlMeta';
import '../names/names.css';
import './kubectl.css';

const VIEWS: readonly { readonly id: KubectlView; readonly label: string }[] = [
  { id: 'pods', label: 'pods' },
  { id: 'podCliques', label: 'pclq' },
  { id: 'scalingGroups', label: 'pcsg' },
  { id: 'podGangs', label: 'pg' },
  { id: 'podCliqueSet', label: 'pcs' },
];

/**
 * What `kubectl get` will print once the manifest is applied: pods -o wide, PodCliques, scaling groups,
 * PodGangs and the PodCliqueSet, in kubectl's columns, alignment and order. Values only a running cluster
 * knows are marked placeholders.
 */
export function KubectlPanel() {
  const { core } = useDesignerContext();
  const [view, setView] = useState<KubectlView>('pods');
  const revision = useAnalysis((s) => s.lastGood?.revision ?? -1);
  const presenter = useDesigner((s) => s.view.presenter);
  const meta = useKubectlMeta(view, revision);
  const copyTable = async () => (await core.query(kubectlTextQuery, { view })).result?.text ?? null;
  return (
    <section className="kubectl" aria-label="kubectl">
      <div className="kubectl-bar">
        <div role="tablist" aria-label="kubectl get" className="kubectl-tabs">
          {VIEWS.map((v) => (
            <button
              key={v.id}
              type="button"
              role="tab"
              aria-selected={v.id === view}
              className="kubectl-tab mono"
              onClick={() => setView(v.id)}
            >
              {v.label}
            </button>
          ))}
        </div>
        {meta && (
          <span className="muted" data-testid="kubectl-count">
            {formatCount(meta.count)} {meta.count === 1 ? 'row' : 'rows'}
          </span>
        )}
        <CopyButton text={copyTable} label="Copy this table" />
      </div>
      {!meta ? (
        <p className="muted kubectl-empty">No PodCliqueSet to show yet.</p>
      ) : (
        <>
          <div className="kubectl-command mono">
            <span aria-hidden="true">$ </span>
            <span data-testid="kubectl-command">{meta.command}</span>
            <CopyButton text={meta.command} label="Copy the command" />
          </div>
          <KubectlTable
            key={view}
            view={view}
            meta={meta}
            revision={revision}
            rowHeight={presenter ? 26 : 21}
          />
          <div className="kubectl-foot">
            {meta.placeholderColumns.length > 0 && (
              <p>
                <span className="live-cell mono">{PLACEHOLDER}</span> placeholder: only a running cluster
                knows {meta.placeholderColumns.join(', ')}.
              </p>
            )}
            {[...meta.notes, ...meta.approximations].map((note) => (
              <p key={note} className="muted">
                {note}
              </p>
            ))}
            <p className="kubectl-commands mono">
              <span>{meta.apply}</span>
              <CopyButton text={meta.apply} label="Copy the apply command" />
              <span>{meta.delete}</span>
              <CopyButton text={meta.delete} label="Copy the delete command" />
            </p>
          </div>
        </>
      )}
    </section>
  );
}
