import type { Diagnostic, TextRange } from '../../../core/diagnostics/types';
import { nextTask } from '../../perf/tasks';
import { minimalEdits } from '../text/diff';
import { stepEnds } from '../text/steps';
import { applyTextEdits, changesToEdits } from '../text/edits';
import type { Explain, ManifestEditor, ManifestEditorOptions, QuickFixProvider } from '../types';
import { installMonacoEnvironment } from './environment';
import { bindHistoryKeys } from './keys';
import { interceptLargePaste, LARGE_PASTE } from './large-paste';
import { DiagnosticMarkers } from './markers';
import { monaco } from './monaco';
import { registerNameCompletion } from './names';
import { BASE_OPTIONS, optionsForSize, sizeClass } from './options';
import { registerQuickFixes } from './quickFixes';
import { MODEL_FOLDER } from './schemas';
import { defineThemes, THEME_NAME } from './themes';
import { configureYaml } from './yaml';

/**
 * Above this many characters changed, `setText` replaces the model's value instead of editing it (the
 * 1,000-document corpus file, 750 KB, cost Monaco's edit path 125-415 ms as one task).
 */
const WHOLE_TEXT_CHANGE = LARGE_PASTE;

/** The lengths of the common prefix and suffix of two texts (not overlapping). */
function commonEnds(before: string, after: string): { prefix: number; suffix: number } {
  const max = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < max - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  )
    suffix++;
  return { prefix, suffix };
}

/**
 * Characters given to Monaco per task when a large text replaces the model's value (see `setText`).
 * Measured on the 5 MB manifest's paste: 500,000 gave steps of up to 136 ms, 200,000 up to 92 ms,
 * 100,000 up to 73 ms, the whole fill taking 1.3-1.4 s instead of 1.0-1.2 s.
 */
const VALUE_STEP = 100_000;

/**
 * Above this many diagnostics, they reach Monaco in a task after the one that brought them: Monaco's
 * markers for the 1,000-document corpus file's findings cost 30-45 ms, on top of the page's own redraw.
 */
const MARKERS_IN_SAME_TASK = 250;

/** How long the cursor must rest before the store hears of it. */
const CURSOR_DEBOUNCE_MS = 60;

let modelCount = 0;

/**
 * What every editor on the page shares, done once: the worker environment, Monaco's services (defining
 * the themes starts them: about 20-30 ms) and monaco-yaml. The loader runs it in a task of its own, so
 * that creating the editor does not add it to its own task.
 */
export function prepareMonaco(): void {
  installMonacoEnvironment();
  defineThemes(monaco);
  configureYaml(monaco);
}

/** The Monaco implementation of the manifest editor (see ../types.ts for the contract). */
export async function createManifestEditor(options: ManifestEditorOptions): Promise<ManifestEditor> {
  prepareMonaco();

  // In steps, each in a task of its own: the model, the editor (60-90 ms), the model shown in it; a text
  // over `WHOLE_TEXT_CHANGE` then arrives in steps of its own (`setText`, at the end). As one task, a 5 MB
  // text cost 200-300 ms.
  const uri = monaco.Uri.parse(`${MODEL_FOLDER}manifest-${++modelCount}.yaml`);
  const model = monaco.editor.createModel(
    options.text.length > WHOLE_TEXT_CHANGE ? '' : options.text,
    'yaml',
    uri,
  );
  await nextTask();
  const codeEditor = monaco.editor.create(options.container, {
    ...BASE_OPTIONS,
    ...optionsForSize(options.text.length),
    model: null,
    theme: THEME_NAME[options.theme],
    ...(options.fontSize !== undefined && { fontSize: options.fontSize }),
  });
  await nextTask();
  codeEditor.setModel(model);
  // Bracket-pair colours are the model's own option, which the editor's does not always reach.
  model.updateOptions({
    bracketColorizationOptions: { enabled: false, independentColorPoolPerBracketType: false },
  });

  /** The text as the store knows it: updated by every user edit and every `setText`. */
  let current = model.getValue();
  let size = sizeClass(current.length);
  /** Set while the editor itself changes the model or the cursor (not the user). */
  let programmatic = false;
  let quickFixes: QuickFixProvider = (d) => (d.quickFix ? [d.quickFix] : []);
  let cursorTimer: ReturnType<typeof setTimeout> | undefined;

  /** Turns the size-dependent features off or on when the text crosses the threshold. */
  const resize = (length: number) => {
    if (sizeClass(length) === size) return;
    size = sizeClass(length);
    codeEditor.updateOptions(optionsForSize(length));
  };

  /** The range last revealed for a selection made elsewhere, tinted until the user moves the cursor. */
  const revealed = codeEditor.createDecorationsCollection();
  const markers = new DiagnosticMarkers(monaco, model);
  const disposables = [
    markers,
    registerQuickFixes(monaco, model, markers, () => quickFixes),
    registerNameCompletion(monaco, model, () => options.names()),
    ...bindHistoryKeys(
      monaco,
      codeEditor,
      () => options.onUndo(),
      () => options.onRedo(),
    ),
    interceptLargePaste(options.container, codeEditor, model, (edits) =>
      options.onUserEdit(edits, applyTextEdits(current, edits)),
    ),
    model.onDidChangeContent((e) => {
      if (programmatic) return;
      const edits = changesToEdits(e.changes);
      // Slices and concatenation, not model.getValue(): O(edits) instead of a copy of a 5 MB text per keystroke.
      current = applyTextEdits(current, edits);
      resize(current.length);
      options.onUserEdit(edits, current);
    }),
    codeEditor.onDidChangeCursorPosition(() => {
      if (programmatic) return;
      revealed.clear();
      clearTimeout(cursorTimer);
      cursorTimer = setTimeout(() => {
        const position = codeEditor.getPosition();
        if (position) options.onCursor(model.getOffsetAt(position));
      }, CURSOR_DEBOUNCE_MS);
    }),
  ];

  const withoutEcho = (change: () => void) => {
    programmatic = true;
    try {
      change();
    } finally {
      programmatic = false;
    }
  };

  /**
   * Monaco keeps the scroll offset in pixels, so lines inserted above the viewport would push its content
   * down: anchor the top visible line with a decoration and scroll back to it after the change.
   */
  const scrollAnchor = codeEditor.createDecorationsCollection();
  const keepingScroll = (change: () => void) => {
    const top = codeEditor.getVisibleRanges()[0]?.startLineNumber;
    if (top === undefined) return change();
    const delta = codeEditor.getScrollTop() - codeEditor.getTopForLineNumber(top);
    scrollAnchor.set([
      {
        range: new monaco.Range(top, 1, top, 1),
        options: { stickiness: monaco.editor.TrackedRangeStickiness.NeverGrowsWhenTypingAtEdges },
      },
    ]);
    change();
    const moved = scrollAnchor.getRange(0)?.startLineNumber;
    scrollAnchor.clear();
    if (moved !== undefined && moved !== top)
      codeEditor.setScrollTop(
        codeEditor.getTopForLineNumber(moved) + delta,
        monaco.editor.ScrollType.Immediate,
      );
  };

  /** A new value for the model, given in steps from the next task (see `setText`); null when none is waiting. */
  let pendingValue: string | null = null;
  /** Where the cursor goes once the value is in (see `setText`), or null for the top. */
  let caretAfter: number | null = null;
  /** Settles once the model holds the last value given in steps. */
  let filled: Promise<void> = Promise.resolve();
  let disposed = false;
  const replaceSoon = () => {
    const readOnly = codeEditor.getOption(monaco.editor.EditorOption.readOnly);
    codeEditor.updateOptions({ readOnly: true });
    filled = (async () => {
      // The first step replaces the value, each later one (a task of its own) appends whole lines; a
      // newer value arriving meanwhile starts over with it.
      while (pendingValue !== null) {
        const value = pendingValue;
        let start = 0;
        for (const end of stepEnds(value, VALUE_STEP)) {
          await nextTask();
          if (disposed) return;
          if (pendingValue !== value) break;
          const part = value.slice(start, end);
          if (start === 0) withoutEcho(() => model.setValue(part));
          else {
            const last = model.getLineCount();
            const column = model.getLineMaxColumn(last);
            withoutEcho(() =>
              model.applyEdits([{ range: new monaco.Range(last, column, last, column), text: part }]),
            );
          }
          start = end;
        }
        if (pendingValue === value) pendingValue = null;
      }
      codeEditor.updateOptions({ readOnly });
      placeMarkers();
      if (caretAfter !== null) {
        const caret = model.getPositionAt(caretAfter);
        withoutEcho(() => {
          codeEditor.setPosition(caret);
          codeEditor.revealPositionInCenterIfOutsideViewport(caret);
        });
      }
    })();
  };

  /**
   * Diagnostics not yet given to Monaco: they belong to the store's text, so while that text reaches the
   * model in steps they wait for the last step; many of them wait for a task of their own.
   */
  let waitingMarkers: { diagnostics: readonly Diagnostic[]; explain: Explain } | null = null;
  let markerTimer: ReturnType<typeof setTimeout> | undefined;
  const placeMarkers = () => {
    clearTimeout(markerTimer);
    const waiting = waitingMarkers;
    if (waiting === null || pendingValue !== null) return;
    if (waiting.diagnostics.length <= MARKERS_IN_SAME_TASK) {
      waitingMarkers = null;
      markers.set(waiting.diagnostics, waiting.explain);
      return;
    }
    const version = model.getVersionId();
    markerTimer = setTimeout(() => {
      // A keystroke meanwhile makes these stale: the analysis of its text brings the next ones.
      if (disposed || waitingMarkers !== waiting || model.getVersionId() !== version) return;
      waitingMarkers = null;
      markers.set(waiting.diagnostics, waiting.explain);
    }, 0);
  };

  const toRange = (range: TextRange) => {
    const start = model.getPositionAt(range.start);
    const end = model.getPositionAt(range.end);
    return new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column);
  };

  const editor: ManifestEditor = {
    setText(next) {
      if (next === current) return;
      const { prefix, suffix } = commonEnds(current, next);
      if (pendingValue !== null || current.length + next.length - 2 * (prefix + suffix) > WHOLE_TEXT_CHANGE) {
        // A file opened or pasted over a large text, or such a change undone: Monaco's edit path costs
        // most of a second on megabytes (it counts the lines of the edit, then of the model); a new value
        // does not, but as one task it cost 175-260 ms for 5 MB (Monaco's view of 100,000 lines). So the
        // value is given after the page has drawn the store's change, in steps of `VALUE_STEP` characters,
        // each a task of its own, the editor read-only meanwhile so that nothing is typed into a text
        // being replaced. (Letting the editor go of the model for the value and showing it again a task
        // later was tried: showing a 5 MB model anew cost more than the value's own redraw.)
        const idle = pendingValue === null;
        pendingValue = next;
        if (idle) replaceSoon();
        // A change inside the text (a paste) leaves the cursor after it; a whole new text starts at the top.
        caretAfter = prefix > 0 ? next.length - suffix : null;
      } else {
        const operations = minimalEdits(current, next).map((e) => ({
          range: toRange(e.range),
          text: e.text,
        }));
        withoutEcho(() => keepingScroll(() => model.pushEditOperations([], operations, () => null)));
      }
      current = next;
      resize(next.length);
    },
    setDiagnostics(diagnostics, explain) {
      waitingMarkers = { diagnostics, explain };
      placeMarkers();
    },
    setQuickFixProvider(provide) {
      quickFixes = provide;
    },
    reveal(range, revealOptions = {}) {
      const target = toRange(range);
      withoutEcho(() => {
        if (revealOptions.select) codeEditor.setSelection(target);
        revealed.set([
          {
            range: target,
            options: {
              className: 'grove-revealed',
              isWholeLine: target.startLineNumber !== target.endLineNumber,
            },
          },
        ]);
        codeEditor.revealRangeInCenterIfOutsideViewport(target, monaco.editor.ScrollType.Smooth);
      });
      if (revealOptions.focus) codeEditor.focus();
    },
    setTheme(theme) {
      monaco.editor.setTheme(THEME_NAME[theme]);
    },
    setFontSize(px) {
      codeEditor.updateOptions({ fontSize: px });
    },
    focus() {
      codeEditor.focus();
    },
    dispose() {
      disposed = true;
      clearTimeout(cursorTimer);
      clearTimeout(markerTimer);
      for (const d of disposables) d.dispose();
      codeEditor.dispose();
      model.dispose();
    },
  };
  // A large first text comes in steps (see `setText`): the editor is handed over once it holds all of it.
  if (options.text !== current) {
    editor.setText(options.text);
    await filled;
  }
  return editor;
}
