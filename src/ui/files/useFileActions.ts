import { useMemo } from 'react';
import { applyEdits } from '../../core/edit/text-edits';
import { downloadName, judgeSize, type OpenVerdict } from '../../core/files/open';
import type { TextEdit } from '../../core/diagnostics/types';
import { encodeShare } from '../../persist/share-link';
import { cleanForApplyQuery, judgeOpenQuery, writeDefaultsQuery } from '../../worker/queries/file-edits';
import { exportTextQuery, type ExportKind } from '../../worker/queries/export-text';
import { useDesignerContext } from '../DesignerContext';
import type { Ask } from './Ask';
import { copyText, download } from './download';
import { useFilesSession } from './FilesContext';
import type { Notify } from './Notices';

export interface FileActions {
  readonly openFile: (file: File) => Promise<void>;
  /** Replaces the text with `text` (open, paste, gallery), asking first when work would be lost. */
  readonly openText: (text: string, name: string, verdict?: OpenVerdict) => Promise<boolean>;
  readonly downloadText: () => void;
  readonly copyToClipboard: () => Promise<void>;
  readonly cleanForApply: () => Promise<void>;
  readonly writeDefaults: () => Promise<void>;
  readonly exportWithDefaults: () => Promise<void>;
  readonly exportText: (kind: ExportKind, copy?: boolean) => Promise<void>;
  readonly shareLink: () => Promise<string | null>;
  readonly resetToExample: () => Promise<void>;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Every file action of the toolbar and shortcuts, bound to the designer, autosave, a dialog and notices. */
export function useFileActions(ask: Ask, notify: Notify): FileActions {
  const { store, core } = useDesignerContext();
  const { sync, seed } = useFilesSession();

  return useMemo(() => {
    const activeName = () => core.getState().lastGood?.active?.design.name || undefined;

    /** Asks before unsaved work is replaced; true when the caller may go on. */
    const mayReplace = async (what: string): Promise<boolean> => {
      if (!sync?.isUnsaved()) return true;
      const choice = await ask({
        title: 'Replace your manifest?',
        body: `${what} replaces the manifest in the editor, and your changes are not in a file yet. Undo (Ctrl+Z) brings the text back.`,
        choices: [
          { value: 'download', label: 'Download mine first' },
          { value: 'replace', label: 'Replace', primary: true },
        ],
      });
      if (choice === 'download') actions.downloadText();
      return choice !== null;
    };

    /** Runs an edit query on the current text and applies the result as one undo step. */
    const applyQueryEdits = (text: string, edits: readonly TextEdit[], label: string): boolean => {
      if (store.getState().text !== text) {
        notify('error', `The text changed while the designer worked on "${label}"; try again.`);
        return false;
      }
      store.getState().applyCommand(edits, label);
      return true;
    };

    const actions: FileActions = {
      async openFile(file) {
        const tooLarge = judgeSize(file.name, file.size);
        if (tooLarge) {
          notify('error', tooLarge.kind === 'refused' ? tooLarge.message : '');
          return;
        }
        const text = await file.text();
        await actions.openText(text, file.name);
      },

      async openText(text, name, verdict) {
        const judged = verdict ?? (await core.query(judgeOpenQuery, { text, name })).result;
        if (judged?.kind === 'refused') {
          notify('error', judged.message);
          return false;
        }
        if (judged?.kind === 'doubtful') {
          const go = await ask({
            title: 'Open it anyway?',
            body: `${judged.message} You can still open it and fix it in the editor.`,
            choices: [{ value: 'open', label: 'Open anyway', primary: true }],
          });
          if (go === null) return false;
        }
        if (!(await mayReplace(`Opening ${name}`))) return false;
        const state = store.getState();
        state.replaceText(text, `Open ${name}`);
        state.setActiveDocument(0);
        state.select(null);
        sync?.markSaved();
        const count = judged?.kind === 'ok' ? judged.podCliqueSets : 0;
        notify(
          'ok',
          `Opened ${name}${count > 1 ? `: ${plural(count, 'PodCliqueSet')}, pick one above the editor` : ''}.`,
        );
        return true;
      },

      downloadText() {
        download(downloadName(activeName()), store.getState().text);
        sync?.markSaved();
      },

      async copyToClipboard() {
        const ok = await copyText(store.getState().text);
        notify(
          ok ? 'ok' : 'error',
          ok ? 'The manifest is on the clipboard.' : 'The browser did not allow copying.',
        );
      },

      async cleanForApply() {
        const text = store.getState().text;
        const { result } = await core.query(cleanForApplyQuery, { text });
        if (!result) return;
        if (result.edits.length === 0) {
          notify('info', 'Nothing to clean: no status, managed fields or server metadata in the text.');
          return;
        }
        if (!applyQueryEdits(text, result.edits, 'Clean for apply')) return;
        const fields = [...new Set(result.removed.map((r) => r.path.replace(/^items\[\d+\]\./, '')))];
        notify('ok', `Cleaned for apply: removed ${fields.join(', ')}. Undo (Ctrl+Z) puts them back.`);
      },

      async writeDefaults() {
        const text = store.getState().text;
        const { result } = await core.query(writeDefaultsQuery, { text });
        if (!result) return;
        if (result.edits.length === 0) {
          notify('info', 'Every default is already written out.');
          return;
        }
        if (applyQueryEdits(text, result.edits, "Write Grove's defaults"))
          notify(
            'ok',
            `Wrote ${plural(result.written.length, 'default')} into the manifest. Undo (Ctrl+Z) removes them.`,
          );
      },

      async exportWithDefaults() {
        const text = store.getState().text;
        const { result } = await core.query(writeDefaultsQuery, { text });
        if (!result) return;
        download(downloadName(activeName(), '.defaults'), applyEdits(text, result.edits));
      },

      async exportText(kind, copy = false) {
        const { result } = await core.query(exportTextQuery, { kind });
        if (result === null) {
          notify('error', 'There is no PodCliqueSet to export yet.');
          return;
        }
        if (copy) {
          const ok = await copyText(result);
          notify(ok ? 'ok' : 'error', ok ? 'Copied.' : 'The browser did not allow copying.');
          return;
        }
        const base = downloadName(activeName()).replace(/\.yaml$/, '');
        if (kind === 'expand') download(`${base}.expand.json`, result, 'application/json');
        else download(`${base}.kubectl.txt`, result, 'text/plain');
      },

      async shareLink() {
        const { text, activeDocument, cluster, selection, positions } = store.getState();
        const link = encodeShare({ text, activeDocument, cluster, selection, positions });
        if (!link.ok) {
          notify(
            'error',
            `This manifest is too long for a link (${link.length.toLocaleString('en')} characters; links stop at ${link.limit.toLocaleString('en')}). Download the file and share that instead.`,
          );
          return null;
        }
        const url = `${location.origin}${location.pathname}${location.search}${link.fragment}`;
        const ok = await copyText(url);
        if (ok) notify('ok', 'Link copied. It holds the whole design; nothing is uploaded anywhere.');
        return url;
      },

      async resetToExample() {
        const choice = await ask({
          title: 'Reset to the example?',
          body: 'The editor gets the starting example back; your manifest is replaced. Undo (Ctrl+Z) brings it back.',
          choices: [
            ...(sync?.isUnsaved() ? [{ value: 'download', label: 'Download mine first' }] : []),
            { value: 'reset', label: 'Reset', primary: true },
          ],
        });
        if (choice === null) return;
        if (choice === 'download') actions.downloadText();
        const state = store.getState();
        state.replaceText(seed, 'Reset to example');
        state.setActiveDocument(0);
        state.select(null);
        sync?.markSaved();
      },
    };
    return actions;
  }, [store, core, sync, seed, ask, notify]);
}
