import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../src/core/edit';
import { simpleModel } from '../../src/core/edit/testing/model';
import { writeDefaults } from '../../src/core/files/defaults-text';
import { checkManifest } from '../../src/core/check/check';
import { applyEdits } from '../../src/core/edit';
import { parseManifest } from '../../src/core/parse/parse';
import { createDesignerStore } from '../../src/store/store';
import { step, toCommand, touchedCliques } from './commands';
import { manifests } from './manifests';
import { expectDecorationsKept } from './survival';

/**
 * Random command sequences on random manifests built from the Grove samples, applied through the store
 * as the graph applies them (one undo step each): comments, key order and unknown fields the commands
 * did not touch survive; the result still exports and re-imports to the same PodCliqueSets; undoing the
 * whole sequence restores the original text byte for byte, and redoing it the final one. (What each
 * command writes is checked against a reference model in src/core/edit/properties.test.ts.)
 */

describe('command sequences through the store', () => {
  it('keep what they do not touch, and undo to the original text byte for byte', () => {
    fc.assert(
      fc.property(manifests, fc.array(step, { minLength: 1, maxLength: 12 }), (generated, steps) => {
        const document = parseManifest(generated.text).documents.findIndex((d) => d.kind === 'PodCliqueSet');
        fc.pre(document !== -1);
        const store = createDesignerStore({ text: generated.text, now: () => 0 });
        const touched = new Set<string>();
        let applied = 0;
        for (const s of steps) {
          const text = store.getState().text;
          const command = toCommand(simpleModel(text, document), s);
          const result = applyCommand(text, document, command);
          if (!result.ok) continue;
          store.getState().applyCommand(result.edits, command.type);
          // The store turns the edits into the same text the command described.
          expect(store.getState().text).toBe(result.text);
          expect(parseManifest(result.text).documents[document]!.broken).toBe(false);
          for (const name of touchedCliques(command)) touched.add(name);
          if (result.text !== text) applied++; // a command that changes nothing adds no undo step
        }
        const final = store.getState().text;
        expectDecorationsKept(generated, final, touched);

        // The edited manifest exports (Grove's defaults written out) and re-imports to the same PodCliqueSets.
        const exported = applyEdits(final, writeDefaults(final).edits);
        expect(checkManifest(exported).documents.map((d) => d.model)).toEqual(
          checkManifest(final).documents.map((d) => d.model),
        );

        let undone = 0;
        while (store.getState().undo()) undone++;
        expect(undone).toBe(applied);
        expect(store.getState().text).toBe(generated.text);
        while (store.getState().redo());
        expect(store.getState().text).toBe(final);
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});
