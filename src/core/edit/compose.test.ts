import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TextEdit } from '../diagnostics/types';
import { readPodCliqueSet } from '../model/read';
import { parseManifest } from '../parse/parse';
import { seedText } from '../test-support/samples';
import { applyCommands, composeEdits } from './compose';
import { simpleModel } from './testing/model';
import { applyEdits, invertEdits } from './text-edits';

const edit = (start: number, end: number, text: string): TextEdit => ({ range: { start, end }, text });

/** Non-overlapping edits of a text of `length` characters. */
const editsOf = (length: number) =>
  fc.uniqueArray(fc.integer({ min: 0, max: length }), { maxLength: 8 }).chain((cuts) => {
    const sorted = [...cuts].sort((a, b) => a - b);
    const pairs: [number, number][] = [];
    for (let i = 0; i + 1 < sorted.length; i += 2) pairs.push([sorted[i]!, sorted[i + 1]!]);
    if (sorted.length % 2 === 1) pairs.push([sorted[sorted.length - 1]!, sorted[sorted.length - 1]!]);
    return fc.tuple(...pairs.map(([s, e]) => fc.string({ maxLength: 4 }).map((t) => edit(s, e, t))));
  });

describe('composeEdits', () => {
  it('keeps edits far apart as separate small edits', () => {
    const text = 'aaaa\nbbbb\ncccc\n';
    const first = [edit(0, 4, 'AA')];
    const middle = applyEdits(text, first);
    const second = [edit(middle.indexOf('cccc'), middle.indexOf('cccc') + 4, 'C')];
    const composed = composeEdits(text, first, second);
    expect(composed).toEqual([edit(0, 4, 'AA'), edit(10, 14, 'C')]);
    expect(applyEdits(text, composed)).toBe('AA\nbbbb\nC\n');
  });

  it('merges an edit that changes text the first one inserted', () => {
    const text = 'key: value\n';
    const first = [edit(5, 10, 'other')];
    const second = [edit(7, 8, 'X')];
    const composed = composeEdits(text, first, second);
    expect(composed).toEqual([edit(5, 10, 'otXer')]);
  });

  it('maps a deletion next to a later edit to the old offsets', () => {
    const text = '0123456789';
    const first = [edit(2, 5, '')];
    const second = [edit(2, 2, 'ab')];
    expect(composeEdits(text, first, second)).toEqual([edit(2, 5, 'ab')]);
  });

  it('composed edits give the text of applying both, and undo in one step', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 0, maxLength: 30 }).chain((text) =>
          editsOf(text.length).chain((first) => {
            const middle = applyEdits(text, first);
            return editsOf(middle.length).map((second) => ({ text, first, second, middle }));
          }),
        ),
        ({ text, first, second, middle }) => {
          const composed = composeEdits(text, first, second);
          const after = applyEdits(middle, second);
          expect(applyEdits(text, composed)).toBe(after);
          expect(applyEdits(after, invertEdits(text, composed))).toBe(text);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('applyCommands', () => {
  it('switches the startup type and adds a dependency as one change, touching only those lines', () => {
    const result = applyCommands(seedText, 0, [
      { type: 'setStartupType', startupType: 'CliqueStartupTypeExplicit' },
      { type: 'addStartsAfter', clique: 'pleader', after: 'frontend' },
    ]);
    if (!result.ok) throw new Error(result.reason);
    expect(result.edits.length).toBe(2);
    expect(applyEdits(seedText, result.edits)).toBe(result.text);
    const model = simpleModel(result.text);
    expect(readPodCliqueSet(parseManifest(result.text).documents[0]!.value).cliqueStartupType).toBe(
      'CliqueStartupTypeExplicit',
    );
    expect(model.cliques.find((c) => c.name === 'pleader')?.startsAfter).toEqual(['frontend']);
    expect(applyEdits(result.text, invertEdits(seedText, result.edits))).toBe(seedText);
  });

  it('refuses all when one command is refused, and leaves the text alone', () => {
    const result = applyCommands(seedText, 0, [
      { type: 'setStartupType', startupType: 'CliqueStartupTypeExplicit' },
      { type: 'addStartsAfter', clique: 'pleader', after: 'pleader' },
    ]);
    expect(result.ok).toBe(false);
  });
});
