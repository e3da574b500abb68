import { describe, expect, it } from 'vitest';
import { checkManifest } from '../../src/core/check/check';
import { expandPodCliqueSet } from '../../src/core/expand';
import { corpus } from './cases';

describe('the hostile input corpus, in the core', () => {
  for (const testCase of corpus)
    it(`${testCase.name}: a clear finding at a real place, never a crash`, () => {
      const text = testCase.text();
      const report = checkManifest(text);
      const all = [...report.fileDiagnostics, ...report.documents.flatMap((d) => d.diagnostics)];
      for (const code of testCase.codes) expect(all.map((d) => d.code)).toContain(code);
      expect(report.unreadable).toBe(testCase.unreadable ?? false);
      const lines = text.split('\n').length;
      for (const d of all) {
        expect(d.line).toBeGreaterThanOrEqual(1);
        expect(d.line).toBeLessThanOrEqual(lines);
        expect(d.range.start).toBeLessThanOrEqual(text.length);
        expect(d.message.length).toBeGreaterThan(0);
      }
      // Whatever could be read still expands (counts only: no rows are built).
      for (const doc of report.documents)
        if (doc.model) expect(() => expandPodCliqueSet(doc.model!).totals).not.toThrow();
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    }, 180_000); // the 5 MB case parses for seconds on a loaded 2-core machine
});
