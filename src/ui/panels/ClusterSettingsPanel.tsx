import { useState } from 'react';
import { HELM_DEFAULTS, type ClusterSettings } from '../../core/check/settings';
import { readOperatorConfig } from '../../core/check/operator-config';
import { useDesigner } from '../hooks/useDesigner';
import './settings.css';

/** Scheduler backends Grove ships (volcano and lpx-scheduler are commented out in its Helm values). */
const KNOWN_SCHEDULERS = ['default-scheduler', 'kai-scheduler', 'volcano', 'lpx-scheduler'];

function toggle(list: readonly string[], name: string, on: boolean): string[] {
  return on ? [...new Set([...list, name])] : list.filter((n) => n !== name);
}

function SchedulerSettings({
  cluster,
  set,
}: {
  cluster: ClusterSettings;
  set: (c: ClusterSettings) => void;
}) {
  const names = [...new Set([...KNOWN_SCHEDULERS, ...cluster.schedulerProfiles])];
  return (
    <fieldset>
      <legend>Scheduler profiles</legend>
      {names.map((name) => (
        <label key={name} className="setting-row">
          <input
            type="checkbox"
            checked={cluster.schedulerProfiles.includes(name)}
            onChange={(e) =>
              set({
                ...cluster,
                schedulerProfiles: toggle(cluster.schedulerProfiles, name, e.target.checked),
              })
            }
          />
          <code>{name}</code>
        </label>
      ))}
      <label className="setting-row">
        Default profile
        <select
          value={cluster.defaultSchedulerProfile}
          onChange={(e) => set({ ...cluster, defaultSchedulerProfile: e.target.value })}
        >
          {names.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}

function PasteConfig({ cluster, set }: { cluster: ClusterSettings; set: (c: ClusterSettings) => void }) {
  const [text, setText] = useState('');
  const [outcome, setOutcome] = useState<{ read: readonly string[]; problems: readonly string[] } | null>(
    null,
  );
  return (
    <fieldset>
      <legend>Paste the operator&apos;s configuration</legend>
      <p className="muted">
        An <code>OperatorConfiguration</code>, the <code>config:</code> block of Grove&apos;s Helm values, or
        ClusterTopologyBinding manifests (they count as existing in the cluster).
      </p>
      <textarea
        aria-label="Operator configuration or ClusterTopologyBinding"
        rows={6}
        value={text}
        spellCheck={false}
        onChange={(e) => setText(e.target.value)}
      />
      <div className="setting-actions">
        <button
          type="button"
          className="primary"
          onClick={() => {
            const result = readOperatorConfig(text, cluster);
            setOutcome(result);
            if (result.read.length > 0) set(result.settings);
          }}
        >
          Apply
        </button>
      </div>
      {outcome && (
        <div role="status">
          {outcome.read.map((line) => (
            <p key={line} className="setting-read">
              Read {line}
            </p>
          ))}
          {outcome.problems.map((line) => (
            <p key={line} className="setting-problem">
              {line}
            </p>
          ))}
        </div>
      )}
    </fieldset>
  );
}

/** Grove's verdicts depend on the operator's settings: edit them here (defaults: Grove's Helm defaults). */
export function ClusterSettingsPanel() {
  const cluster = useDesigner((s) => s.cluster);
  const set = useDesigner((s) => s.setCluster);
  return (
    <section className="settings" aria-label="Cluster settings">
      <h2 className="panel-title">Cluster settings</h2>
      <div className="settings-body">
        <SchedulerSettings cluster={cluster} set={set} />
        <fieldset>
          <legend>Features</legend>
          <label className="setting-row">
            <input
              type="checkbox"
              checked={cluster.topologyAwareScheduling}
              onChange={(e) => set({ ...cluster, topologyAwareScheduling: e.target.checked })}
            />
            Topology-aware scheduling
          </label>
          <label className="setting-row">
            <input
              type="checkbox"
              checked={cluster.autoMNNVL}
              onChange={(e) => set({ ...cluster, autoMNNVL: e.target.checked })}
            />
            Auto-MNNVL
          </label>
        </fieldset>
        <fieldset>
          <legend>ClusterTopologyBindings in the cluster</legend>
          {cluster.topologyBindings.length === 0 ? (
            <p className="muted">None. Paste one below.</p>
          ) : (
            <ul className="binding-list">
              {cluster.topologyBindings.map((binding) => (
                <li key={binding.name}>
                  <code>{binding.name}</code>{' '}
                  <span className="muted">{binding.levels.map((l) => l.domain).join(' › ')}</span>{' '}
                  <button
                    type="button"
                    aria-label={`Remove ${binding.name}`}
                    onClick={() =>
                      set({
                        ...cluster,
                        topologyBindings: cluster.topologyBindings.filter((b) => b !== binding),
                      })
                    }
                  >
                    Remove
                  </button>
                </li>
              ))}
            </ul>
          )}
        </fieldset>
        <PasteConfig cluster={cluster} set={set} />
        <div className="setting-actions">
          <button type="button" onClick={() => set(HELM_DEFAULTS)}>
            Reset to Grove&apos;s Helm defaults
          </button>
        </div>
      </div>
    </section>
  );
}
