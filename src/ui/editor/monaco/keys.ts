import type { editor, IDisposable } from 'monaco-editor/editor';
import type { Monaco } from './monaco';

/**
 * Undo and redo belong to the store's one history: Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z and Ctrl/Cmd+Y call it
 * instead of Monaco's own undo stack, which therefore never runs and cannot diverge from the store.
 */
export function bindHistoryKeys(
  monaco: Monaco,
  codeEditor: editor.IStandaloneCodeEditor,
  onUndo: () => void,
  onRedo: () => void,
): IDisposable[] {
  const { KeyMod, KeyCode } = monaco;
  return [
    codeEditor.addAction({
      id: 'grove-designer.undo',
      label: 'Undo (designer history)',
      keybindings: [KeyMod.CtrlCmd | KeyCode.KeyZ],
      run: () => onUndo(),
    }),
    codeEditor.addAction({
      id: 'grove-designer.redo',
      label: 'Redo (designer history)',
      keybindings: [KeyMod.CtrlCmd | KeyMod.Shift | KeyCode.KeyZ, KeyMod.CtrlCmd | KeyCode.KeyY],
      run: () => onRedo(),
    }),
  ];
}
