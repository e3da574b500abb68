import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkManifest } from '../../src/core/check/check';
import { HELM_DEFAULTS } from '../../src/core/check/settings';
import { applyEdits } from '../../src/core/edit';
import { cleanForApply } from '../../src/core/files/clean';
import { writeDefaults } from '../../src/core/files/defaults-text';
import { parseManifest } from '../../src/core/parse/parse';
import { decodeShare, encodeShare, SHARE_LIMIT } from '../../src/persist/share-link';
import { manifests } from './manifests';
import { expectContained, notes } from './survival';

/**
 * Export and re-import (issue 7): the designer's exports of a manifest (Grove's defaults written out,
 * clean for apply, a share link), read back through parseManifest and checkManifest, are the same
 * document Grove would see; comments, key order and unknown fields survive.
 */

const models = (text: string) => checkManifest(text).documents.map((d) => d.model);
const values = (text: string) => parseManifest(text).documents.map((d) => d.value);

/** What `kubectl get -o yaml` adds and clean for apply takes away. */
function withoutClusterFields(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const copy = structuredClone({ ...value }) as Record<string, unknown>;
  delete copy['status'];
  const metadata = copy['metadata'] as Record<string, unknown> | undefined;
  if (metadata)
    for (const key of ['uid', 'resourceVersion', 'generation', 'creationTimestamp', 'managedFields'])
      delete metadata[key];
  return copy;
}

describe('exports of random manifests built from the Grove samples', () => {
  it('with Grove’s defaults written out: the same PodCliqueSets, everything written kept, and nothing left to write', () => {
    fc.assert(
      fc.property(manifests, (generated) => {
        const { text } = generated;
        const exported = applyEdits(text, writeDefaults(text).edits);
        expect(parseManifest(exported).problems).toEqual([]);
        expect(models(exported)).toEqual(models(text));
        const before = values(text);
        const after = values(exported);
        expect(after).toHaveLength(before.length);
        before.forEach((v, i) => expectContained(v, after[i]));
        expect(notes(exported)).toEqual(notes(text));
        expect(writeDefaults(exported).edits).toEqual([]);
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it('clean for apply: the cluster’s fields go, the same PodCliqueSets stay, comments and unknown fields too', () => {
    fc.assert(
      fc.property(manifests, (generated) => {
        const { text } = generated;
        const cleaned = applyEdits(text, cleanForApply(text).edits);
        expect(parseManifest(cleaned).problems).toEqual([]);
        expect(models(cleaned)).toEqual(models(text));
        const before = values(text);
        const after = values(cleaned);
        expect(after).toHaveLength(before.length);
        // Cleaning the cluster fields, and only them: the rest is equal, key order included.
        before.forEach((v, i) => {
          expect(after[i]).toEqual(withoutClusterFields(v));
          expectContained(withoutClusterFields(v), after[i]);
        });
        expect(notes(cleaned)).toEqual(notes(text));
        if (generated.clusterFields) expect(cleaned).not.toContain('managedFields');
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it('a share link gives back the text byte for byte, or says it is too long', () => {
    fc.assert(
      fc.property(manifests, fc.nat(3), (generated, activeDocument) => {
        const inputs = {
          text: generated.text,
          activeDocument,
          cluster: { ...HELM_DEFAULTS, topologyAwareScheduling: true },
          selection: null,
          positions: { '0/clique/a': { x: 10, y: 20 } },
        };
        const link = encodeShare(inputs);
        if (!link.ok) {
          expect(link.length).toBeGreaterThan(SHARE_LIMIT);
          return;
        }
        const back = decodeShare(link.fragment);
        expect(back).toEqual({ ok: true, inputs });
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
