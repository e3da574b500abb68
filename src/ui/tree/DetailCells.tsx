import type { DetailLine } from '../../core/tree/pod-details';
import { plural } from '../format';

const HEADING: Readonly<Record<string, [string, string]>> = {
  labels: ['label', 'Labels'],
  env: ['variable', 'Environment (first container: Grove’s variables, then the template’s)'],
  startup: ['PodClique', 'Waits for at startup'],
};

/** One line of an expanded pod: a heading, a label, an environment variable or a startup wait. */
export function DetailCells({ line }: { line: DetailLine }) {
  switch (line.type) {
    case 'heading': {
      const [one, title] = HEADING[line.section]!;
      return (
        <span className="detail-heading">
          {title} <span className="muted">({plural(line.count, one)})</span>
        </span>
      );
    }
    case 'label':
      return (
        <span className="detail-kv mono">
          <span className="detail-key">{line.key}</span>
          <span className="muted">: </span>
          <span>{line.value}</span>
        </span>
      );
    case 'env':
      return (
        <span className={`detail-kv mono env-${line.source}`}>
          <span className="detail-key">{line.name}</span>
          <span className="muted">=</span>
          <span className={line.unresolved ? 'muted' : undefined}>
            {line.unresolved ? '(set in the cluster)' : line.value}
          </span>
          {line.source !== 'template' && <span className="detail-tag">Grove</span>}
          {line.note && <span className="muted detail-note"> {line.note}</span>}
        </span>
      );
    case 'wait':
      return (
        <span className="detail-kv">
          <span className="mono">{line.podClique}</span>
          <span className="muted"> · {plural(line.minAvailable, 'ready pod')} (its minAvailable)</span>
        </span>
      );
    case 'text':
      return <span className={line.tone === 'warning' ? 'detail-warning' : 'muted'}>{line.text}</span>;
  }
}
