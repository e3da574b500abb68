import type { editor, IDisposable, languages } from 'monaco-editor/editor';
import type { QuickFixProvider } from '../types';
import type { DiagnosticMarkers } from './markers';
import type { Monaco } from './monaco';

/** The light bulb: for each of the core's markers under the cursor, the fixes the provider knows. */
export function registerQuickFixes(
  monaco: Monaco,
  model: editor.ITextModel,
  markers: DiagnosticMarkers,
  provider: () => QuickFixProvider,
): IDisposable {
  return monaco.languages.registerCodeActionProvider(
    'yaml',
    {
      provideCodeActions: (m, _range, context) => {
        // Fix offsets belong to the text the diagnostics were computed for; after an edit, wait for new ones.
        if (m !== model || markers.version !== model.getVersionId()) return undefined;
        const actions: languages.CodeAction[] = [];
        for (const marker of context.markers) {
          const diagnostic = markers.find(marker);
          if (!diagnostic) continue;
          provider()(diagnostic).forEach((fix, i) => {
            actions.push({
              title: fix.title,
              kind: 'quickfix',
              diagnostics: [marker],
              isPreferred: i === 0,
              edit: {
                edits: fix.edits.map((e) => {
                  const start = model.getPositionAt(e.range.start);
                  const end = model.getPositionAt(e.range.end);
                  return {
                    resource: model.uri,
                    versionId: model.getVersionId(),
                    textEdit: {
                      range: new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column),
                      text: e.text,
                    },
                  };
                }),
              },
            });
          });
        }
        return { actions, dispose: () => undefined };
      },
    },
    { providedCodeActionKinds: ['quickfix'] },
  );
}
