import { useEffect } from 'react';

/** Ctrl+O opens a file, Ctrl+S downloads the manifest (Cmd on macOS), anywhere on the page. */
export function useFileShortcuts(open: () => void, save: () => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey) return;
      const key = e.key.toLowerCase();
      if (key !== 'o' && key !== 's') return;
      e.preventDefault();
      e.stopPropagation();
      if (key === 'o') open();
      else save();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [open, save]);
}

/** Text pasted while no text field has the focus is offered as a manifest to open. */
export function usePasteToOpen(openText: (text: string) => void): void {
  useEffect(() => {
    const onPaste = (e: ClipboardEvent) => {
      const target = e.target instanceof Element ? e.target : null;
      if (target?.closest('input, textarea, select, [contenteditable], .monaco-editor')) return;
      const text = e.clipboardData?.getData('text/plain') ?? '';
      if (text.trim() === '') return;
      e.preventDefault();
      openText(text);
    };
    document.addEventListener('paste', onPaste);
    return () => document.removeEventListener('paste', onPaste);
  }, [openText]);
}
