import { useEffect, useState } from 'react';
import type { ThemePreference } from '../../store/store';

const query = '(prefers-color-scheme: dark)';

/** Resolves the theme preference ("system" follows the OS) and applies it to the page. */
export function useTheme(preference: ThemePreference, presenter: boolean): 'light' | 'dark' {
  const [systemDark, setSystemDark] = useState(() => window.matchMedia(query).matches);
  useEffect(() => {
    const media = window.matchMedia(query);
    const listener = (event: MediaQueryListEvent) => setSystemDark(event.matches);
    media.addEventListener('change', listener);
    return () => media.removeEventListener('change', listener);
  }, []);
  const theme = preference === 'system' ? (systemDark ? 'dark' : 'light') : preference;
  useEffect(() => {
    document.documentElement.dataset['theme'] = theme;
    document.documentElement.dataset['presenter'] = String(presenter);
  }, [theme, presenter]);
  return theme;
}
