import { useSyncExternalStore } from 'react';
import type { DesignerStore } from '../../store/store';
import { useDesignerContext } from '../DesignerContext';
import { TreeExpansion } from './expansion';

const byStore = new WeakMap<DesignerStore, TreeExpansion>();

/** The pod tree's open nodes for this page (null while the default applies), and the object to change them. */
export function useExpansion(): [readonly string[] | null, TreeExpansion] {
  const { store } = useDesignerContext();
  let expansion = byStore.get(store);
  if (!expansion) {
    expansion = new TreeExpansion();
    byStore.set(store, expansion);
  }
  return [useSyncExternalStore(expansion.subscribe, expansion.getSnapshot), expansion];
}
