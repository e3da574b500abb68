import { useEffect, useEffectEvent, useState } from 'react';
import type { NameReading } from '../../core/names/decode';
import { decodeNameQuery } from '../../worker/queries/decode-name';
import { treeWindowQuery } from '../../worker/queries/tree-window';
import { useDesignerContext } from '../DesignerContext';
import { useDesigner } from '../hooks/useDesigner';
import { pathKeys } from './expansion';
import type { TreeTarget } from './TreeList';

const enc = encodeURIComponent;

/** The tree key of a decoded PodClique or pod. */
export function keyOfReading(r: NameReading): string | null {
  if (r.pcsReplica === null || r.clique === null) return null;
  const clique = r.scalingGroup
    ? r.scalingGroupReplica === null
      ? null
      : `${r.pcsReplica}/g:${enc(r.scalingGroup)}/${r.scalingGroupReplica}/c:${enc(r.clique)}`
    : `${r.pcsReplica}/c:${enc(r.clique)}`;
  if (clique === null) return null;
  return r.podIndex === null ? clique : `${clique}/${r.podIndex}`;
}

/**
 * When a PodClique or pod is selected elsewhere (the name decoder, a link), the tree opens the way to it
 * and scrolls it into view.
 */
export function useTreeReveal(expanded: readonly string[], open: (keys: readonly string[]) => void) {
  const { core } = useDesignerContext();
  const selection = useDesigner((s) => s.selection);
  const source = useDesigner((s) => s.selectionSource);
  const [target, setTarget] = useState<TreeTarget | null>(null);
  const reveal = useEffectEvent(async (text: string, still: () => boolean): Promise<TreeTarget | null> => {
    const decoded = (await core.query(decodeNameQuery, { text })).result;
    const key = decoded?.status === 'found' ? keyOfReading(decoded.reading) : null;
    if (!still() || !key) return null;
    const way = pathKeys(key).slice(0, -1);
    const keys = [...expanded, ...way.filter((k) => !expanded.includes(k))];
    if (keys.length !== expanded.length) open(keys);
    const answer = await core.query(treeWindowQuery, { expanded: keys, start: 0, end: 0, find: key });
    const row = answer.result?.rowOf;
    return row === null || row === undefined ? null : { row: BigInt(row), nonce: Date.now() };
  });
  useEffect(() => {
    if (source === 'tree' || !selection) return;
    if (selection.kind !== 'pod' && selection.kind !== 'podClique') return;
    let live = true;
    const text = selection.kind === 'pod' ? `${selection.podClique}-${selection.index}` : selection.name;
    void reveal(text, () => live).then((found) => {
      if (live && found) setTarget(found);
    });
    return () => {
      live = false;
    };
  }, [selection, source]);
  return target;
}
