import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { capacityView } from '../../core/capacity-view/view';
import { defaultAndRead } from '../../core/check/check';
import { parseManifest } from '../../core/parse/parse';
import { CapacityTable, MAX_SCOPE_ROWS } from './CapacityTable';

/** A PodCliqueSet of `n` standalone cliques of one pod each, requesting 1 CPU. */
function manyCliques(n: number) {
  const cliques = Array.from(
    { length: n },
    (_, i) =>
      `    - name: c${i}\n      spec:\n        replicas: 1\n        podSpec:\n          containers:\n          - name: m\n            image: x\n            resources: {requests: {cpu: "1"}}\n`,
  ).join('');
  const text = `apiVersion: grove.io/v1alpha1\nkind: PodCliqueSet\nmetadata:\n  name: wide\nspec:\n  replicas: 1\n  template:\n    cliques:\n${cliques}`;
  return capacityView(defaultAndRead(parseManifest(text).documents[0]!.value).model, null);
}

const rowsOf = (html: string) => html.match(/<tr/g)!.length - 1; // less the header row

describe('CapacityTable', () => {
  it('draws every row of a small design, with no note', () => {
    const html = renderToStaticMarkup(<CapacityTable view={manyCliques(3)} level="replicas" />);
    expect(html).not.toContain('not drawn here');
    expect(html).toContain('c2');
  });

  it('draws the first rows of a wide design, says how many it left out, and keeps the totals', () => {
    const view = manyCliques(MAX_SCOPE_ROWS + 25);
    const html = renderToStaticMarkup(<CapacityTable view={view} level="replicas" />);
    expect(html).toContain('25 more rows not drawn here');
    expect(html).toContain(`c${MAX_SCOPE_ROWS - 1}<`);
    expect(html).not.toContain(`c${MAX_SCOPE_ROWS}<`);
    // The total still counts all 325 pods and CPUs.
    expect(html).toContain('Total');
    expect(html).toMatch(/>325</);
    expect(rowsOf(html)).toBe(view.rows.length - 25 + 1);
  });

  it('counts the rows the worker left out (omittedRows) with those it did not draw', () => {
    const full = manyCliques(MAX_SCOPE_ROWS + 25);
    const summary = full.rows.filter((r) => r.scope === 'pcsReplica' || r.scope === 'total');
    const scoped = full.rows.filter((r) => !summary.includes(r));
    const sent = { ...full, rows: [...scoped.slice(0, MAX_SCOPE_ROWS), ...summary], omittedRows: 25 };
    const html = renderToStaticMarkup(<CapacityTable view={sent} level="replicas" />);
    expect(html).toBe(renderToStaticMarkup(<CapacityTable view={full} level="replicas" />));
  });
});
