import { useDesigner } from '../hooks/useDesigner';
import type { ThemePreference } from '../../store/store';

export function ThemeMenu() {
  const theme = useDesigner((s) => s.view.theme);
  const setView = useDesigner((s) => s.setView);
  return (
    <label>
      <span className="visually-hidden">Theme</span>
      <select
        aria-label="Theme"
        value={theme}
        onChange={(e) => setView({ theme: e.target.value as ThemePreference })}
      >
        <option value="system">System theme</option>
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </select>
    </label>
  );
}
