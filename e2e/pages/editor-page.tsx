// The manifest editor alone, driven by a tiny in-page store, for e2e/editor.spec.ts.
import { StrictMode, useCallback, useState } from 'react';
import { createRoot } from 'react-dom/client';
import seed from '../../grove/samples/user-guide/02_pod-and-resource-naming-conventions/multinode-disaggregated-with-frontend.yaml?raw';
import type { TextEdit } from '../../src/core/diagnostics/types';
import { ManifestEditor, type RevealRequest } from '../../src/ui/editor/ManifestEditor';
import { applyTextEdits } from '../../src/ui/editor/text/edits';
import { fakeDiagnostics, fakeExplain, largeManifest, type EditorHarness } from './harness';

const params = new URLSearchParams(location.search);
const initial = params.has('large') ? largeManifest(seed, Number(params.get('large'))) : seed;
const names = () => ({
  cliques: ['frontend', 'pleader', 'pworker', 'dleader', 'dworker'],
  scalingGroups: ['prefill', 'decode'],
});

let lastKeydown = 0;
window.addEventListener('keydown', (e) => (lastKeydown = e.timeStamp), true);

function Page() {
  const [text, setText] = useState(initial);
  const [theme, setTheme] = useState<'light' | 'dark'>(params.get('theme') === 'dark' ? 'dark' : 'light');
  const [fontSize, setFontSize] = useState(14);
  const [reveal, setReveal] = useState<RevealRequest | null>(null);
  const [diagnostics, setDiagnostics] = useState(() => fakeDiagnostics(initial));
  const harness = (window.editorHarness ??= {
    text: initial,
    undo: 0,
    redo: 0,
    edits: [],
    cursor: null,
    firstEditorPaint: null,
    keystrokeLatencies: [],
    setText: () => undefined,
    reveal: () => undefined,
    setTheme: () => undefined,
    setFontSize: () => undefined,
    modelText: async () => {
      const { monaco } = await import('../../src/ui/editor/monaco/monaco');
      return monaco.editor
        .getModels()
        .find((m) => m.uri.path.startsWith('/grove-designer/'))!
        .getValue();
    },
    markers: async () => {
      const { monaco } = await import('../../src/ui/editor/monaco/monaco');
      return monaco.editor.getModelMarkers({}).map((m) => ({
        severity: m.severity,
        code: typeof m.code === 'string' ? m.code : (m.code?.value ?? ''),
        line: m.startLineNumber,
      }));
    },
    configure: async (options) => {
      const { monaco } = await import('../../src/ui/editor/monaco/monaco');
      for (const e of monaco.editor.getEditors()) e.updateOptions(options);
    },
  } satisfies EditorHarness);

  const update = useCallback(
    (next: string) => {
      harness.text = next;
      setText(next);
      setDiagnostics(fakeDiagnostics(next));
    },
    [harness],
  );
  harness.setText = update;
  harness.reveal = (start, end, select) => setReveal({ range: { start, end }, select, focus: true });
  harness.setTheme = setTheme;
  harness.setFontSize = setFontSize;

  const onUserEdit = (edits: readonly TextEdit[], next: string) => {
    // (Skipped for the 5 MB text: comparing two 5 MB strings per keystroke would be the test's own cost.)
    const consistent = params.has('large') || applyTextEdits(harness.text, edits) === next;
    harness.edits.push({ edits, consistent });
    const pressed = lastKeydown;
    // The first frame after this one has painted the update (as far as a page can tell).
    requestAnimationFrame(() =>
      setTimeout(() => harness.keystrokeLatencies.push(performance.now() - pressed)),
    );
    update(next);
  };

  return (
    <div style={{ height: '100vh' }}>
      <ManifestEditor
        text={text}
        diagnostics={diagnostics}
        explain={fakeExplain}
        revealRequest={reveal}
        theme={theme}
        fontSize={fontSize}
        onUserEdit={onUserEdit}
        onUndo={() => harness.undo++}
        onRedo={() => harness.redo++}
        onCursor={(offset) => (harness.cursor = offset)}
        names={names}
      />
    </div>
  );
}

// The first frame in which Monaco's lines are on screen.
new MutationObserver((_, observer) => {
  if (!document.querySelector('.monaco-editor .view-line')) return;
  observer.disconnect();
  requestAnimationFrame(() =>
    setTimeout(() => {
      if (window.editorHarness) window.editorHarness.firstEditorPaint = performance.now();
    }),
  );
}).observe(document.body, { childList: true, subtree: true });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Page />
  </StrictMode>,
);
