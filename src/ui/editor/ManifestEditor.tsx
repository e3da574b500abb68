import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Diagnostic, TextEdit, TextRange } from '../../core/diagnostics/types';
import { loadManifestEditor } from './load';
import { Placeholder } from './Placeholder';
import type {
  DocumentNames,
  EditorTheme,
  Explain,
  ManifestEditor as Editor,
  QuickFixProvider,
} from './types';
import './ManifestEditor.css';

/** Ask the editor to show a range; a new object is a new request (the same range may be asked for twice). */
export interface RevealRequest {
  readonly range: TextRange;
  readonly select?: boolean;
  readonly focus?: boolean;
}

export interface ManifestEditorProps {
  /** The store's text; the component never owns it. */
  readonly text: string;
  /** The core's diagnostics for `text`. */
  readonly diagnostics: readonly Diagnostic[];
  readonly explain: Explain;
  /** Defaults to each diagnostic's own `quickFix`. */
  readonly quickFixes?: QuickFixProvider;
  readonly revealRequest?: RevealRequest | null;
  readonly theme: EditorTheme;
  readonly fontSize?: number;
  readonly onUserEdit: (edits: readonly TextEdit[], nextText: string) => void;
  readonly onUndo: () => void;
  readonly onRedo: () => void;
  readonly onCursor: (offset: number) => void;
  readonly names: () => DocumentNames;
}

const ownQuickFix: QuickFixProvider = (d) => (d.quickFix ? [d.quickFix] : []);

/**
 * The manifest editor region: Monaco loads lazily (its own chunk) while a read-only view of the text shows.
 * Text flows one way: user edits go out through `onUserEdit`, the `text` prop comes back in through
 * `setText`, which does nothing when the editor already holds it.
 */
export function ManifestEditor(props: ManifestEditorProps) {
  const container = useRef<HTMLDivElement>(null);
  const latest = useRef(props);
  const [editor, setEditor] = useState<Editor | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useLayoutEffect(() => {
    latest.current = props;
  });

  useEffect(() => {
    let cancelled = false;
    let created: Editor | undefined;
    loadManifestEditor()
      .then((create) => {
        const element = container.current;
        if (cancelled || !element) return;
        const p = latest.current;
        return create({
          container: element,
          text: p.text,
          theme: p.theme,
          ...(p.fontSize !== undefined && { fontSize: p.fontSize }),
          onUserEdit: (edits, next) => latest.current.onUserEdit(edits, next),
          onUndo: () => latest.current.onUndo(),
          onRedo: () => latest.current.onRedo(),
          onCursor: (offset) => latest.current.onCursor(offset),
          names: () => latest.current.names(),
        });
      })
      .then(
        (made) => {
          if (!made) return;
          // Unmounted while the editor was being made (in steps): nothing will show it.
          if (cancelled) return made.dispose();
          created = made;
          setEditor(made);
        },
        (error: unknown) => {
          if (!cancelled) setFailure(error instanceof Error ? error.message : String(error));
        },
      );
    return () => {
      cancelled = true;
      created?.dispose();
      setEditor(null);
    };
  }, []);

  // A layout effect: it runs in the same task as the render, before the user can type again.
  useLayoutEffect(() => editor?.setText(props.text), [editor, props.text]);
  useEffect(
    () => editor?.setDiagnostics(props.diagnostics, props.explain),
    [editor, props.diagnostics, props.explain],
  );
  useEffect(() => editor?.setQuickFixProvider(props.quickFixes ?? ownQuickFix), [editor, props.quickFixes]);
  useEffect(() => editor?.setTheme(props.theme), [editor, props.theme]);
  useEffect(() => {
    if (props.fontSize !== undefined) editor?.setFontSize(props.fontSize);
  }, [editor, props.fontSize]);
  useEffect(() => {
    const request = props.revealRequest;
    if (request) {
      editor?.reveal(request.range, {
        ...(request.select !== undefined && { select: request.select }),
        ...(request.focus !== undefined && { focus: request.focus }),
      });
    }
  }, [editor, props.revealRequest]);

  return (
    <div role="region" aria-label="Manifest editor" className="manifest-editor" data-ready={editor !== null}>
      <div ref={container} className="manifest-editor__monaco" />
      {editor === null && <Placeholder text={props.text} failure={failure} fontSize={props.fontSize} />}
    </div>
  );
}
