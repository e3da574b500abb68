import type { editor, IDisposable, languages } from 'monaco-editor/editor';
import { listContextAt, NAME_LIST_KEYS } from '../text/listContext';
import type { DocumentNames } from '../types';
import type { Monaco } from './monaco';

/** Lines around the cursor the name-list context is read from (keeps completion cheap in a 5 MB text). */
const WINDOW_LINES = 300;

/** Completion of clique and scaling-group names in `cliqueNames`, `startsAfter` and resource-sharing filters. */
export function registerNameCompletion(
  monaco: Monaco,
  model: editor.ITextModel,
  names: () => DocumentNames,
): IDisposable {
  return monaco.languages.registerCompletionItemProvider('yaml', {
    triggerCharacters: ['[', ',', ' ', '-'],
    provideCompletionItems: (m, position) => {
      if (m !== model) return undefined;
      const first = Math.max(1, position.lineNumber - WINDOW_LINES);
      const last = Math.min(model.getLineCount(), position.lineNumber + WINDOW_LINES);
      const window = new monaco.Range(first, 1, last, model.getLineMaxColumn(last));
      const text = model.getValueInRange(window);
      const base = model.getOffsetAt({ lineNumber: first, column: 1 });
      const context = listContextAt(text, model.getOffsetAt(position) - base);
      if (!context) return undefined;
      const start = model.getPositionAt(base + context.word.start);
      const end = model.getPositionAt(base + context.word.end);
      const range = new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column);
      const kind = NAME_LIST_KEYS[context.key];
      const present = new Set(context.present);
      const candidates = names()[kind];
      const suggestions: languages.CompletionItem[] = candidates
        .filter((name) => !present.has(name))
        .map((name, i) => ({
          label: name,
          kind: monaco.languages.CompletionItemKind.Reference,
          detail: kind === 'cliques' ? 'clique' : 'scaling group',
          insertText: name,
          range,
          sortText: String(i).padStart(5, '0'),
        }));
      return { suggestions };
    },
  });
}
