import type { EditorTheme } from '../types';
import type { Monaco } from './monaco';

/** Monaco theme names for the page's themes: Monaco's own, with errors red and warnings amber as on the page. */
export const THEME_NAME: Record<EditorTheme, string> = { light: 'grove-light', dark: 'grove-dark' };

let defined = false;

export function defineThemes(monaco: Monaco): void {
  if (defined) return;
  defined = true;
  monaco.editor.defineTheme(THEME_NAME.light, {
    base: 'vs',
    inherit: true,
    rules: [],
    colors: {
      'editorError.foreground': '#c62828',
      'editorWarning.foreground': '#b86e00',
      'editorInfo.foreground': '#2f6db5',
      'editorHint.foreground': '#2f6db5',
      focusBorder: '#1a73e8',
    },
  });
  monaco.editor.defineTheme(THEME_NAME.dark, {
    base: 'vs-dark',
    inherit: true,
    rules: [],
    colors: {
      'editorError.foreground': '#ff6b6b',
      'editorWarning.foreground': '#f0b040',
      'editorInfo.foreground': '#7fb0ff',
      'editorHint.foreground': '#7fb0ff',
      focusBorder: '#8ab4ff',
    },
  });
}
