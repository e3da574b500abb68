import { useCallback, useEffect, useRef, useState } from 'react';
import { useDesignerContext } from '../DesignerContext';
import { useAsk } from './Ask';
import { ConflictBanner, useSyncState } from './ConflictBanner';
import { ExportDialog } from './ExportDialog';
import { FileMenu } from './FileMenu';
import { useFilesSession } from './FilesContext';
import { Gallery } from './Gallery';
import { useGraphExport } from './useGraphExport';
import { useNotices } from './Notices';
import { ShareDialog } from './ShareDialog';
import { useFileActions } from './useFileActions';
import { useFileDrop } from './useFileDrop';
import { useFileShortcuts, usePasteToOpen } from './useFileShortcuts';
import './files.css';

type Open = 'gallery' | 'export' | { readonly share: string } | null;

/** Whether autosave has the latest work: a check mark when it has, words when it has not. */
function SaveStatus() {
  const { sync } = useFilesSession();
  const state = useSyncState(sync);
  if (!sync) return null;
  const saved = state.kind === 'saved' || state.kind === 'idle';
  const text =
    state.kind === 'pending'
      ? 'Saving…'
      : state.kind === 'conflict'
        ? 'Not saved: changed in another tab'
        : 'Not saved';
  return (
    <span
      className={`save-status save-${state.kind}`}
      data-testid="save-status"
      data-state={state.kind}
      title="Your work is kept in this browser as you type; a reload or a closed tab brings it back."
    >
      {saved ? (
        <>
          <span aria-hidden="true">✓</span>
          <span className="visually-hidden">Saved</span>
        </>
      ) : (
        text
      )}
    </span>
  );
}

/**
 * The header's file tools: open (button, Ctrl+O, drop, paste), examples, download (Ctrl+S), export, share,
 * clean for apply, reset; plus the dialogs, notices and the other-tab banner they need.
 */
export function FileToolbar() {
  const { store } = useDesignerContext();
  const session = useFilesSession();
  const [question, ask] = useAsk();
  const [notices, notify] = useNotices();
  const actions = useFileActions(ask, notify);
  const graph = useGraphExport(notify);
  const [open, setOpen] = useState<Open>(null);
  const input = useRef<HTMLInputElement>(null);

  const pickFile = useCallback(() => input.current?.click(), []);
  const share = () => void actions.shareLink().then((url) => url && setOpen({ share: url }));
  const onFiles = useCallback(
    (files: readonly File[]) => {
      if (files.length > 1) notify('info', `Opening ${files[0]!.name}: one file at a time.`);
      void actions.openFile(files[0]!);
    },
    [actions, notify],
  );
  const dragging = useFileDrop(onFiles);
  useFileShortcuts(pickFile, actions.downloadText);
  usePasteToOpen(useCallback((text: string) => void actions.openText(text, 'The pasted text'), [actions]));

  // How the page started: a share link that waits for a yes, or a message about the link or storage.
  const started = useRef(false);
  useEffect(() => {
    if (started.current || !session.startup) return;
    started.current = true;
    const { pendingShare, message } = session.startup;
    if (message) notify('error', message);
    if (!pendingShare) return;
    void ask({
      title: 'Open the shared design?',
      body: 'This link holds a design. Opening it replaces the manifest you were working on, which is not in a file yet. Undo (Ctrl+Z) brings your text back.',
      choices: [{ value: 'open', label: 'Open the shared design', primary: true }],
    }).then((choice) => {
      if (choice === null) return;
      const state = store.getState();
      const { text, cluster, activeDocument, selection, positions } = pendingShare;
      if (cluster) state.setCluster(cluster);
      if (positions) state.restore({ positions });
      if (text !== undefined) state.replaceText(text, 'Open shared link');
      state.setActiveDocument(activeDocument ?? 0);
      state.select(selection ?? null);
      session.sync?.markSaved();
    });
  }, [session, store, ask, notify]);

  return (
    <div className="file-toolbar">
      <FileMenu
        label="File"
        items={[
          { label: 'Open…', shortcut: 'Ctrl+O', onSelect: pickFile },
          { label: 'Examples…', onSelect: () => setOpen('gallery') },
          { label: 'Download', shortcut: 'Ctrl+S', onSelect: actions.downloadText, separated: true },
          { label: 'Copy to clipboard', onSelect: () => void actions.copyToClipboard() },
          { label: 'Export…', onSelect: () => setOpen('export') },
          { label: 'Share link…', onSelect: share },
          { label: 'Clean for apply', onSelect: () => void actions.cleanForApply(), separated: true },
          { label: 'Reset to example…', onSelect: () => void actions.resetToExample() },
        ]}
      />
      <SaveStatus />
      <input
        ref={input}
        type="file"
        accept=".yaml,.yml,application/yaml,text/yaml"
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        data-testid="open-file"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) void actions.openFile(file);
        }}
      />
      {session.sync && <ConflictBanner sync={session.sync} onDownload={actions.downloadText} />}
      {notices}
      {question}
      {open === 'gallery' && (
        <Gallery
          onClose={() => setOpen(null)}
          onPick={(item) => {
            setOpen(null);
            void actions.openText(item.text, item.title, { kind: 'ok', podCliqueSets: 1 });
          }}
        />
      )}
      {open === 'export' && <ExportDialog actions={actions} graph={graph} onClose={() => setOpen(null)} />}
      {open !== null && typeof open === 'object' && (
        <ShareDialog url={open.share} onClose={() => setOpen(null)} />
      )}
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <p>Drop a .yaml file to open it</p>
        </div>
      )}
    </div>
  );
}
