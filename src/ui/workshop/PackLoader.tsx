import { useRef, type ChangeEvent } from 'react';
import { useWorkshop, useWorkshopStore } from './context';
import { lessonHref } from './route';

const MAX_BYTES = 2_000_000;

/**
 * Loads an instructor's lesson pack (YAML or JSON) into the running app. A bad file is refused with
 * every problem listed; the messages are React text, whatever the file contains.
 */
export function PackLoader() {
  const input = useRef<HTMLInputElement>(null);
  const store = useWorkshopStore();
  const pack = useWorkshop((s) => s.pack);
  const errors = useWorkshop((s) => s.packErrors);
  const loadPack = useWorkshop((s) => s.loadPack);
  const removePack = useWorkshop((s) => s.removePack);
  const dismiss = useWorkshop((s) => s.dismissErrors);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const text = file.size > MAX_BYTES ? '#'.repeat(MAX_BYTES + 1) : await file.text();
    if (!loadPack(text, file.name)) return;
    const first = store.getState().pack?.lessons[0];
    if (first) window.location.hash = lessonHref(first.id);
  };

  return (
    <div className="pack">
      <input
        ref={input}
        type="file"
        accept=".yaml,.yml,.json,application/json,application/yaml,text/yaml"
        className="visually-hidden"
        tabIndex={-1}
        aria-label="Lesson pack file"
        onChange={(e) => void onFile(e)}
      />
      <button
        type="button"
        onClick={() => input.current?.click()}
        title="Load a lesson pack: exercises from a YAML or JSON file"
      >
        Load pack…
      </button>
      {pack && (
        <span className="pack-loaded">
          <span className="muted">Pack:</span> {pack.title} ({pack.lessons.length})
          <button
            type="button"
            className="pack-remove"
            onClick={removePack}
            aria-label={`Remove the pack ${pack.title}`}
          >
            ×
          </button>
        </span>
      )}
      {errors && (
        <div className="pack-errors" role="alert">
          <p>
            <strong>{errors.fileName}</strong> was not loaded:
          </p>
          <ul>
            {errors.errors.map((e, i) => (
              <li key={i} className="mono">
                {e}
              </li>
            ))}
          </ul>
          <button type="button" onClick={dismiss}>
            Dismiss
          </button>
        </div>
      )}
    </div>
  );
}
