import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { defaultAndRead } from '../../core/check/check';
import { readLayout } from '../../core/expand/layout';
import { gangMembership } from '../../core/gangs/membership';
import { parseManifest } from '../../core/parse/parse';
import { Floors, MAX_FLOORS } from './GangView';

/** The gang membership of a PodCliqueSet of `n` standalone cliques. */
function membership(n: number) {
  const cliques = Array.from(
    { length: n },
    (_, i) =>
      `    - name: c${i}\n      spec:\n        replicas: 2\n        minAvailable: 1\n        podSpec:\n          containers:\n          - name: m\n            image: x\n`,
  ).join('');
  const text = `apiVersion: grove.io/v1alpha1\nkind: PodCliqueSet\nmetadata:\n  name: wide\nspec:\n  replicas: 1\n  template:\n    cliques:\n${cliques}`;
  return gangMembership(readLayout(defaultAndRead(parseManifest(text).documents[0]!.value).model));
}

describe('the base gang’s floors', () => {
  it('lists every clique of a small design', () => {
    const html = renderToStaticMarkup(<Floors m={membership(3)} group={null} />);
    expect(html).toContain('c2</span> <span class="muted">needs 1 of 2 pods (minReplicas)');
    expect(html).not.toContain('more clique');
  });

  it('draws the first floors of a wide design and says how many more there are', () => {
    const html = renderToStaticMarkup(<Floors m={membership(MAX_FLOORS + 7)} group={null} />);
    expect(html.match(/<li>/g)).toHaveLength(MAX_FLOORS);
    expect(html).toContain(`c${MAX_FLOORS - 1}<`);
    expect(html).not.toContain(`c${MAX_FLOORS}<`);
    expect(html).toContain('and 7 more cliques, each with its own floor');
  });
});
