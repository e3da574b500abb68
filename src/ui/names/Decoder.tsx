import { useEffect, useState } from 'react';
import type { DecodeResult, NameReading } from '../../core/names/decode';
import { decodeNameQuery } from '../../worker/queries/decode-name';
import { useDesignerContext } from '../DesignerContext';
import { formatCount } from '../format';
import { NameParts } from './NameParts';

const KIND_LABEL: Readonly<Record<string, string>> = {
  pod: 'pod name',
  hostname: 'pod hostname',
  fqdn: 'pod FQDN',
  podClique: 'PodClique',
  scalingGroup: 'PodCliqueScalingGroup',
  podGang: 'PodGang',
  service: 'headless Service',
  serviceAddress: 'headless Service address',
  hpa: 'HorizontalPodAutoscaler',
};

function Reading({ reading, document }: { reading: NameReading; document: number }) {
  const { store } = useDesignerContext();
  const facts: [string, string | null][] = [
    ['is a', reading.kinds.map((k) => KIND_LABEL[k] ?? k).join(' and ')],
    ['PodCliqueSet replica', reading.pcsReplica === null ? null : formatCount(reading.pcsReplica)],
    ['scaling group', reading.scalingGroup],
    [
      'scaling-group replica',
      reading.scalingGroupReplica === null ? null : formatCount(reading.scalingGroupReplica),
    ],
    ['clique', reading.clique],
    ['pod index', reading.podIndex === null ? null : formatCount(reading.podIndex)],
    ['PodClique', reading.podClique],
    ['PodGang', reading.podGang],
  ];
  const show = () => {
    if (!reading.podClique) return;
    store.getState().select(
      reading.podIndex !== null
        ? {
            kind: 'pod',
            document,
            podClique: reading.podClique,
            index: String(reading.podIndex),
            ...(reading.clique ? { clique: reading.clique } : {}),
          }
        : {
            kind: 'podClique',
            document,
            name: reading.podClique,
            ...(reading.clique ? { clique: reading.clique } : {}),
          },
      'other',
    );
    store.getState().setView({ panel: 'tree' });
  };
  return (
    <div className="decoded">
      <NameParts anatomy={reading.anatomy} />
      <dl className="decoded-facts">
        {facts.flatMap(([k, v]) =>
          v === null
            ? []
            : [
                <dt key={`${k}-t`}>{k}</dt>,
                <dd key={`${k}-d`} className="mono">
                  {v}
                </dd>,
              ],
        )}
      </dl>
      {reading.truncated && (
        <p className="muted">The API server cut this pod name's prefix at 58 characters.</p>
      )}
      {reading.problems.map((p) => (
        <p key={p} className="decoded-problem">
          {p}
        </p>
      ))}
      {reading.podClique && reading.problems.length === 0 && (
        <button type="button" onClick={show}>
          Show in the pod tree
        </button>
      )}
    </div>
  );
}

/** Paste a name from a log or an alert: which object of this manifest it is, or why it cannot be one. */
export function Decoder({ document, revision }: { document: number; revision: number }) {
  const { core } = useDesignerContext();
  const [text, setText] = useState('');
  const [result, setResult] = useState<DecodeResult | null>(null);
  useEffect(() => {
    let live = true;
    if (text.trim() === '') return;
    void core.query(decodeNameQuery, { text }).then((a) => live && setResult(a.result));
    return () => {
      live = false;
    };
  }, [core, text, revision]);
  const shown = text.trim() === '' ? null : result;
  return (
    <div className="decoder">
      <label className="decoder-input">
        <span>Decode a name</span>
        <input
          type="text"
          className="mono"
          value={text}
          placeholder="mn-disagg-0-prefill-1-pworker-klm56"
          spellCheck={false}
          onChange={(e) => setText(e.target.value)}
        />
      </label>
      <div aria-live="polite" data-testid="decoder-result">
        {shown?.status === 'found' && <Reading reading={shown.reading} document={document} />}
        {shown?.status === 'ambiguous' && (
          <>
            <p className="decoded-problem">
              {shown.readings.length} objects of this manifest have this name (Grove's names can collide):
            </p>
            {shown.readings.map((r, n) => (
              <Reading key={n} reading={r} document={document} />
            ))}
          </>
        )}
        {shown?.status === 'not-found' && (
          <div className="decoded">
            <p>
              <strong>Not a name this manifest generates:</strong>
            </p>
            <ul>
              {shown.reasons.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </div>
  );
}
