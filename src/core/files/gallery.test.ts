import { describe, expect, it } from 'vitest';
import { checkManifest } from '../check/check';
import { samples, seedText } from '../test-support/samples';
import { BLANK_PODCLIQUESET, GALLERY, SEED_SAMPLE } from './gallery';

describe('the gallery', () => {
  it('offers every Grove sample once, the seed and a blank PodCliqueSet, each with one line', () => {
    const ids = GALLERY.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => id !== 'blank').sort()).toEqual(samples.map((s) => s.name).sort());
    expect(samples.find((s) => s.name === SEED_SAMPLE)?.text).toBe(seedText);
    for (const entry of GALLERY) {
      expect(entry.description, entry.id).not.toMatch(/\n/);
      expect(entry.description.length, entry.id).toBeLessThan(140);
    }
  });

  it('the blank PodCliqueSet checks without an error or a warning', () => {
    const report = checkManifest(BLANK_PODCLIQUESET);
    expect([report.errors, report.warnings]).toEqual([0, 0]);
  });
});
