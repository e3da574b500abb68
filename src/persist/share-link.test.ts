import fc from 'fast-check';
import { compressToEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { HELM_DEFAULTS } from '../core/check/settings';
import { seedText } from '../core/test-support/samples';
import { decodeShare, encodeShare, SHARE_LIMIT, SHARE_PREFIX, type SharedInputs } from './share-link';

const base: SharedInputs = {
  text: seedText,
  activeDocument: 0,
  cluster: {
    ...HELM_DEFAULTS,
    topologyAwareScheduling: true,
    topologyBindings: [{ name: 'rack', levels: [{ domain: 'rack', key: 'topology.kubernetes.io/rack' }] }],
  },
  selection: { kind: 'clique', document: 0, name: 'pworker' },
  positions: { '0/clique/pworker': { x: 120.5, y: -40 } },
};

function roundTrip(inputs: SharedInputs) {
  const link = encodeShare(inputs);
  if (!link.ok) throw new Error('too long');
  return decodeShare(link.fragment);
}

describe('share links', () => {
  it('carry the manifest, cluster settings, selection and positions in the fragment', () => {
    const link = encodeShare(base);
    expect(link.ok).toBe(true);
    if (!link.ok) return;
    expect(link.fragment.startsWith(SHARE_PREFIX)).toBe(true);
    expect(link.fragment).toMatch(/^#share=[A-Za-z0-9+\-$]+$/); // safe in a URL as it is
    expect(link.fragment.length).toBeLessThan(seedText.length);
    expect(roundTrip(base)).toEqual({ ok: true, inputs: base });
  });

  it('round-trip any text exactly, unicode and lone surrogates included (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        expect(roundTrip({ ...base, text })).toEqual({ ok: true, inputs: { ...base, text } });
      }),
      { numRuns: 300 },
    );
    const unicode = '# Größe: 大きい 🚀 — naïve\nmetadata: {name: "é\u0000\ud800"}\r\n';
    expect(roundTrip({ ...base, text: unicode })).toEqual({ ok: true, inputs: { ...base, text: unicode } });
  });

  it('say when a manifest is too long for a link', () => {
    // Random text does not compress: about 5 characters of text per 4 of link.
    let seed = 1;
    const noise = Array.from({ length: 60_000 }, () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return String.fromCharCode(33 + (seed % 90));
    }).join('');
    const link = encodeShare({ ...base, text: noise });
    expect(link).toMatchObject({ ok: false, limit: SHARE_LIMIT });
    expect(!link.ok && link.length).toBeGreaterThan(SHARE_LIMIT);
  });

  it('refuse damaged, foreign and hand-made fragments without throwing', () => {
    const link = encodeShare(base);
    if (!link.ok) throw new Error('too long');
    expect(decodeShare(link.fragment.slice(0, link.fragment.length / 2)).ok).toBe(false);
    expect(decodeShare('#share=!!!').ok).toBe(false);
    expect(decodeShare('#other')).toEqual({ ok: false, reason: 'This address has no shared design in it.' });
  });

  it('drop fields of the wrong shape and keep the rest', () => {
    const forged = JSON.stringify({
      v: 1,
      text: 'a: 1\n',
      cluster: { schedulerProfiles: 'x' },
      selection: { kind: 'pod', document: -1 },
      activeDocument: 2,
    });
    expect(decodeShare(SHARE_PREFIX + compressToEncodedURIComponent(forged))).toEqual({
      ok: true,
      inputs: { text: 'a: 1\n', activeDocument: 2 },
    });
    const newer = JSON.stringify({ v: 2, text: 'a: 1\n' });
    expect(decodeShare(SHARE_PREFIX + compressToEncodedURIComponent(newer))).toEqual({
      ok: false,
      reason: 'The shared link comes from another version of the designer.',
    });
  });
});
