import type { DesignerState, DesignerStore } from '../store/store';
import type { CoreClient } from './client';

/** What the analysis depends on; anything else in the store (selection, view, positions) does not re-run it. */
function inputsOf(state: DesignerState) {
  return { text: state.text, activeDocument: state.activeDocument, cluster: state.cluster, live: state.live };
}

/**
 * Keeps the core's analysis in step with the store: every change of text, active document, cluster settings
 * or live object sends one versioned request. Returns the unsubscribe function.
 */
export function connectStoreToCore(store: DesignerStore, core: CoreClient): () => void {
  let version = 0;
  let last = inputsOf(store.getState());
  const send = () => {
    const { text, activeDocument, cluster, live } = last;
    core.analyze({ revision: ++version, text, activeDocument, cluster, ...(live !== null ? { live } : {}) });
  };
  send();
  return store.subscribe((state) => {
    const next = inputsOf(state);
    if (
      next.text === last.text &&
      next.activeDocument === last.activeDocument &&
      next.cluster === last.cluster &&
      next.live === last.live
    )
      return;
    last = next;
    send();
  });
}
