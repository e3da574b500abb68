import type { DesignerStore } from '../store/store';

declare global {
  interface Window {
    /** Read-only access from the browser console (and browser tests): `groveDesigner.text()`. */
    groveDesigner?: { readonly version: string; text(): string };
  }
}

/** Exposes a read-only console API: the manifest text as the designer holds it. */
export function installConsoleApi(store: DesignerStore, version: string): void {
  window.groveDesigner = Object.freeze({ version, text: () => store.getState().text });
}
