import { Dialog } from './Dialog';

/** The share link, shown after it was copied (for browsers that refuse the clipboard, and to see it). */
export function ShareDialog({ url, onClose }: { url: string; onClose: () => void }) {
  return (
    <Dialog title="Share link" onClose={onClose}>
      <div className="files-dialog-body">
        <p>
          The link holds the manifest, the cluster settings and the selection in its <code>#</code> part,
          which browsers never send to a server. Whoever opens it sees this design.
        </p>
        <label className="share-field">
          <span>Link ({url.length.toLocaleString('en')} characters)</span>
          <input
            type="text"
            readOnly
            value={url}
            onFocus={(e) => e.currentTarget.select()}
            aria-label="Share link"
          />
        </label>
      </div>
      <div className="files-dialog-actions">
        <button type="button" className="primary" onClick={onClose}>
          Done
        </button>
      </div>
    </Dialog>
  );
}
