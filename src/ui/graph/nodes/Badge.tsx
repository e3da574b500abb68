import { NodeToolbar, Position, useStore, type ReactFlowState } from '@xyflow/react';
import { useState } from 'react';
import type { Diagnostic } from '../../../core/diagnostics/types';
import type { ItemMessages } from '../../../core/analysis/item-diagnostics';

function Count({ tone, count }: { tone: 'error' | 'warning'; count: number }) {
  return (
    <span className={`graph-badge graph-badge-${tone}`} aria-hidden="true">
      {tone === 'error' ? '●' : '▲'} {count}
    </span>
  );
}

/**
 * A red (errors) and/or amber (warnings) count on a node. Hovering it, or focusing the node, shows
 * the messages below the node at screen size (a React Flow node toolbar: readable at any zoom). The
 * counts are also in the node's accessible label.
 */
export function Badge({
  messages,
  focused,
  top,
}: {
  messages: ItemMessages | undefined;
  focused: boolean;
  /** The node's top on the canvas (flow units). */
  top: number;
}) {
  const [hover, setHover] = useState(false);
  const errors = messages?.errors.length ?? 0;
  const warnings = messages?.warnings.length ?? 0;
  if (!messages || errors + warnings === 0) return null;
  return (
    <>
      <span
        className="graph-badges"
        data-testid="graph-badge"
        data-errors={errors}
        data-warnings={warnings}
        onMouseEnter={() => setHover(true)}
        onMouseLeave={() => setHover(false)}
      >
        {errors > 0 && <Count tone="error" count={errors} />}
        {warnings > 0 && <Count tone="warning" count={warnings} />}
      </span>
      {(hover || focused) && <Messages lines={[...messages.errors, ...messages.warnings]} top={top} />}
    </>
  );
}

/** Where the node is on screen, read only while its messages show. */
const lowerHalf = (top: number) => (s: ReactFlowState) =>
  top * s.transform[2] + s.transform[1] > s.height / 2;

/** The messages, below the node, or above it when the node sits in the lower half of the canvas. */
function Messages({ lines, top }: { lines: readonly Diagnostic[]; top: number }) {
  const above = useStore(lowerHalf(top));
  return (
    <NodeToolbar isVisible position={above ? Position.Top : Position.Bottom} align="end" offset={6}>
      <div className="graph-badge-tip" role="tooltip">
        {lines.map((d, i) => (
          <span key={i} className={`graph-badge-line graph-badge-line-${d.severity}`}>
            <span className="visually-hidden">{d.severity}: </span>
            {d.message} <code>{d.code}</code> <span className="muted">line {d.line}</span>
          </span>
        ))}
      </div>
    </NodeToolbar>
  );
}
