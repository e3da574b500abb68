import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Diagnostic, TextEdit } from '../core/diagnostics/types';
import { itemAt } from '../core/outline/outline';
import { hasRule, ruleFor } from '../core/rules/registry';
import { ManifestEditor, type RevealRequest } from './editor/ManifestEditor';
import type { DocumentNames, Explain } from './editor/types';
import { useDesignerContext } from './DesignerContext';
import { useAnalysis } from './hooks/useAnalysis';
import { useDesigner } from './hooks/useDesigner';
import { useSelectionReveal } from './hooks/useSelectionReveal';

const explain: Explain = (code) =>
  hasRule(code) ? ruleFor(code) : { title: code, explanation: '', fix: '' };

const noDiagnostics: readonly Diagnostic[] = [];

/** The editor bound to the store: text and history in, diagnostics and selection out. */
export function EditorPane({ theme, presenter }: { theme: 'light' | 'dark'; presenter: boolean }) {
  const { store, core, events } = useDesignerContext();
  const text = useDesigner((s) => s.text);
  // Markers come from the newest result that described the editor's text when it arrived; Monaco moves
  // them with the edits made since, until a newer one arrives.
  const diagnostics = useAnalysis((s) => s.current?.diagnostics ?? noDiagnostics);
  const [reveal, setReveal] = useState<RevealRequest | null>(null);

  useEffect(() => events.reveal.listen((request) => setReveal({ ...request })), [events]);
  useSelectionReveal(setReveal);

  const onCursor = useCallback(
    (offset: number) => {
      const { latest: now, requested: asked } = core.getState();
      const active = now && now.revision === asked ? now.active : null;
      if (!active) return;
      const item = itemAt(active.outline, offset);
      if (!item) return;
      const document = active.index;
      store
        .getState()
        .select(
          item.kind === 'podCliqueSet'
            ? { kind: 'podCliqueSet', document }
            : { kind: item.kind, document, name: item.name },
          'editor',
        );
    },
    [core, store],
  );

  const names = useCallback((): DocumentNames => {
    const design = core.getState().lastGood?.active?.design;
    return {
      cliques: design?.cliques.map((c) => c.name).filter(Boolean) ?? [],
      scalingGroups: design?.scalingGroups.map((g) => g.name).filter(Boolean) ?? [],
    };
  }, [core]);

  const handlers = useMemo(
    () => ({
      onUserEdit: (edits: readonly TextEdit[], next: string) => store.getState().editorEdit(edits, next),
      onUndo: () => store.getState().undo(),
      onRedo: () => store.getState().redo(),
    }),
    [store],
  );

  return (
    <ManifestEditor
      text={text}
      diagnostics={diagnostics}
      explain={explain}
      revealRequest={reveal}
      theme={theme}
      fontSize={presenter ? 18 : 13}
      onUserEdit={handlers.onUserEdit}
      onUndo={handlers.onUndo}
      onRedo={handlers.onRedo}
      onCursor={onCursor}
      names={names}
    />
  );
}
