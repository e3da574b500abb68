import { useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface PanelDefinition {
  readonly id: string;
  readonly label: string;
  /** A shorter text shown on the tab when the full label (still its accessible name) would crowd the row. */
  readonly shortLabel?: string;
  readonly render: () => ReactNode;
  /** A small count shown on the tab (errors on Problems). */
  readonly badge?: ReactNode;
}

interface Props {
  readonly panels: readonly PanelDefinition[];
  readonly active: string;
  readonly onSelect: (id: string) => void;
  readonly label: string;
}

/** Tabs for the results panels, with arrow-key navigation as the ARIA tabs pattern describes. */
export function PanelTabs({ panels, active, onSelect, label }: Props) {
  const list = useRef<HTMLDivElement>(null);
  const current = panels.find((p) => p.id === active) ?? panels[0]!;
  const onKeyDown = (event: KeyboardEvent) => {
    const index = panels.findIndex((p) => p.id === current.id);
    const moves: Record<string, number> = {
      ArrowRight: (index + 1) % panels.length,
      ArrowLeft: (index - 1 + panels.length) % panels.length,
      Home: 0,
      End: panels.length - 1,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    onSelect(panels[next]!.id);
    list.current?.querySelectorAll<HTMLElement>('[role="tab"]')[next]?.focus();
  };
  return (
    <div className="tabs">
      <div className="tab-list" role="tablist" aria-label={label} ref={list} onKeyDown={onKeyDown}>
        {panels.map((panel) => (
          <button
            key={panel.id}
            type="button"
            role="tab"
            id={`tab-${panel.id}`}
            aria-selected={panel.id === current.id}
            aria-controls={`tabpanel-${panel.id}`}
            tabIndex={panel.id === current.id ? 0 : -1}
            className="tab"
            onClick={() => onSelect(panel.id)}
            {...(panel.shortLabel ? { 'aria-label': panel.label, title: panel.label } : {})}
          >
            {panel.shortLabel ?? panel.label}
            {panel.badge}
          </button>
        ))}
      </div>
      <div
        className="tab-panel"
        role="tabpanel"
        id={`tabpanel-${current.id}`}
        aria-labelledby={`tab-${current.id}`}
      >
        {current.render()}
      </div>
    </div>
  );
}
