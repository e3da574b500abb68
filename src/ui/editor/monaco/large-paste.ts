import type { TextEdit } from '../../../core/diagnostics/types';
import type { Monaco } from './monaco';

type CodeEditor = ReturnType<Monaco['editor']['create']>;
type Model = ReturnType<Monaco['editor']['createModel']>;

/** Above this many characters a paste goes to the store first and comes back as a new model value. */
export const LARGE_PASTE = 200_000;

/**
 * Monaco's paste of megabytes holds the main thread for half a second (it counts the pasted lines,
 * then updates its view line by line; 750 KB: 125-415 ms). A paste larger than `LARGE_PASTE` is taken
 * before Monaco sees it and reported as one user edit replacing the selection (line ends as the model
 * keeps them); the store's new text then comes back through `setText`, which gives Monaco the new value
 * in steps, a task each.
 */
export function interceptLargePaste(
  container: HTMLElement,
  editor: CodeEditor,
  model: Model,
  onPaste: (edits: readonly TextEdit[]) => void,
): { dispose(): void } {
  const listener = (event: ClipboardEvent) => {
    const text = event.clipboardData?.getData('text/plain') ?? '';
    if (text.length <= LARGE_PASTE || !editor.getSelection() || !editor.hasTextFocus()) return;
    event.preventDefault();
    event.stopPropagation();
    const pasted = text.includes('\r') ? text.replace(/\r\n?/g, model.getEOL()) : text;
    // In a task of its own: reading the clipboard and applying the text each take a while.
    setTimeout(() => {
      const selection = editor.getSelection();
      if (!selection || model.isDisposed()) return;
      const start = model.getOffsetAt(selection.getStartPosition());
      const end = model.getOffsetAt(selection.getEndPosition());
      onPaste([{ range: { start, end }, text: pasted }]);
    }, 0);
  };
  container.addEventListener('paste', listener, true);
  return { dispose: () => container.removeEventListener('paste', listener, true) };
}
