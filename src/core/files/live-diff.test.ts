import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultAndRead } from '../check/check';
import { expandPodCliqueSet } from '../expand';
import { parseManifest } from '../parse/parse';
import { seedText } from '../test-support/samples';
import { diffLive } from './live-diff';

const modelOf = (text: string) => defaultAndRead(parseManifest(text).documents[0]!.value).model;

/** The seed with its texts replaced (`replicas: 1` of the PCS is the first one). */
function seedWith(...swaps: [string, string][]): string {
  return swaps.reduce((text, [from, to]) => text.replace(from, to), seedText);
}

const pcsReplicas = (n: number | string) => seedWith(['spec:\n  replicas: 1', `spec:\n  replicas: ${n}`]);

describe('diffLive', () => {
  it('keeps everything when nothing changes (the seed: 7 PodCliques, 2 groups, 13 pods)', () => {
    const d = diffLive(modelOf(seedText), modelOf(seedText));
    expect(d.podCliques).toEqual({ before: 7, after: 7, kept: 7, added: 0, removed: 0 });
    expect(d.scalingGroups).toEqual({ before: 2, after: 2, kept: 2, added: 0, removed: 0 });
    expect(d.pods).toEqual({ before: 13, after: 13, kept: 13, added: 0, removed: 0 });
    expect(d.cliques.every((c) => c.presence === 'both' && !c.rolled)).toBe(true);
    expect(d.notes).toEqual([]);
  });

  it('adds and removes whole PCS replicas', () => {
    const up = diffLive(modelOf(seedText), modelOf(pcsReplicas(3)));
    expect(up.pods).toEqual({ before: 13, after: 39, kept: 13, added: 26, removed: 0 });
    expect(up.podCliques).toEqual({ before: 7, after: 21, kept: 7, added: 14, removed: 0 });
    const down = diffLive(modelOf(pcsReplicas(3)), modelOf(seedText));
    expect(down.scalingGroups).toEqual({ before: 6, after: 2, kept: 2, added: 0, removed: 4 });
    expect(down.pods.removed).toBe(26);
  });

  it('matches the expansions when only spec.replicas changes, past 2^53 pods too (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2147483647 }),
        fc.integer({ min: 0, max: 2147483647 }),
        (a, b) => {
          const live = modelOf(pcsReplicas(a));
          const next = modelOf(pcsReplicas(b));
          const d = diffLive(live, next);
          const before = expandPodCliqueSet(live).totals;
          const after = expandPodCliqueSet(next).totals;
          expect(d.pods.before).toBe(before.pods);
          expect(d.pods.after).toBe(after.pods);
          expect(d.podCliques.after).toBe(after.podCliques);
          expect(d.scalingGroups.after).toBe(after.podCliqueScalingGroups);
          expect(BigInt(d.pods.kept) + BigInt(d.pods.removed)).toBe(BigInt(d.pods.before));
        },
      ),
      { numRuns: 50 },
    );
    expect(diffLive(modelOf(pcsReplicas(2147483647)), modelOf(pcsReplicas(1))).pods.removed).toBe(
      13 * 2147483646,
    );
  });

  it('a changed clique replicas only applies to PodCliques created later (REFERENCE (h)11)', () => {
    const next = modelOf(seedWith(['replicas: 3', 'replicas: 5'])); // pworker, in the prefill group
    const same = diffLive(modelOf(seedText), next);
    expect(same.pods).toEqual({ before: 13, after: 13, kept: 13, added: 0, removed: 0 });
    expect(same.notes).toEqual([
      'Clique "pworker": existing PodCliques keep 3 pods; 5 only applies to PodCliques created from now on.',
    ]);
    const grown = diffLive(
      modelOf(seedText),
      modelOf(seedWith(['replicas: 3', 'replicas: 5'], ['spec:\n  replicas: 1', 'spec:\n  replicas: 2'])),
    );
    const pworker = grown.cliques.find((c) => c.name === 'pworker')!;
    expect(pworker.podCliques).toEqual({ before: 2, after: 4, kept: 2, added: 2, removed: 0 });
    expect(pworker.pods).toEqual({ before: 6, after: 16, kept: 6, added: 10, removed: 0 });
  });

  it('existing scaling groups keep their replicas', () => {
    const d = diffLive(
      modelOf(seedText),
      modelOf(seedWith(['[pleader, pworker]\n      replicas: 2', '[pleader, pworker]\n      replicas: 4'])),
    );
    const prefill = d.groups.find((g) => g.name === 'prefill')!;
    expect(prefill.replicas).toEqual({ live: 2, next: 4 });
    expect(d.pods.added).toBe(0);
    expect(d.notes[0]).toContain('Scaling group "prefill": existing groups keep 2 replicas');
  });

  it('counts a renamed clique as removed and added, and a clique moved out of its group likewise', () => {
    const renamed = diffLive(modelOf(seedText), modelOf(seedWith(['name: frontend', 'name: web'])));
    expect(renamed.cliques.filter((c) => c.presence !== 'both').map((c) => [c.name, c.presence])).toEqual([
      ['frontend', 'removed'],
      ['web', 'added'],
    ]);
    expect(renamed.pods).toEqual({ before: 13, after: 13, kept: 11, added: 2, removed: 2 });
    const moved = diffLive(modelOf(seedText), modelOf(seedWith(['[dleader, dworker]', '[dleader]'])));
    const dworker = moved.cliques.filter((c) => c.name === 'dworker');
    expect(dworker.map((c) => [c.presence, c.scalingGroup])).toEqual([
      ['removed', 'decode'],
      ['added', null],
    ]);
  });

  it('marks cliques whose pods roll: pod spec, labels or annotations changed', () => {
    const d = diffLive(modelOf(seedText), modelOf(seedWith(["echo 'Frontend'", "echo 'Web'"])));
    expect(d.cliques.filter((c) => c.rolled).map((c) => c.name)).toEqual(['frontend']);
  });
});
