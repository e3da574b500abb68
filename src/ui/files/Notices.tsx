import { useCallback, useEffect, useState, type ReactNode } from 'react';

export type Tone = 'info' | 'ok' | 'error';

export interface Notice {
  readonly id: number;
  readonly tone: Tone;
  readonly text: string;
}

export type Notify = (tone: Tone, text: string) => void;

/** How long a notice stays (errors stay until closed). */
const SHOWN_MS = 8000;

let nextId = 1;

/** Short messages ("Opened x.yaml", "Link copied"), read out by screen readers; `label` names the region. */
export function useNotices(label = 'Notices'): [ReactNode, Notify] {
  const [notices, setNotices] = useState<readonly Notice[]>([]);
  const notify = useCallback<Notify>((tone, text) => {
    const id = nextId++;
    setNotices((list) => [...list.slice(-2), { id, tone, text }]);
  }, []);
  const close = (id: number) => setNotices((list) => list.filter((n) => n.id !== id));
  useEffect(() => {
    const timed = notices.filter((n) => n.tone !== 'error');
    if (timed.length === 0) return;
    const timer = setTimeout(() => close(timed[0]!.id), SHOWN_MS);
    return () => clearTimeout(timer);
  }, [notices]);
  const element = (
    <div className="files-notices" role="status" aria-live="polite" aria-label={label}>
      {notices.map((n) => (
        <p key={n.id} className={`files-notice files-notice-${n.tone}`}>
          <span>{n.text}</span>
          <button type="button" aria-label="Dismiss" onClick={() => close(n.id)}>
            ×
          </button>
        </p>
      ))}
    </div>
  );
  return [element, notify];
}
