import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultAndRead } from '../check/check';
import { isDns1123Label } from '../names/names';
import { parseManifest } from '../parse/parse';
import { expandPodCliqueSet } from '.';
import type { Expansion, LazyList } from './types';

function modelOf(text: string) {
  return defaultAndRead(parseManifest(text).documents[0]!.value).model;
}
const all = <T>(list: LazyList<T>) => list.slice(0, list.count);

/** Names made of letter segments (`vision-encoder`): no digit segment, so no name can read as an index. */
const word = fc.stringMatching(/^[a-z]{1,4}(-[a-z]{1,3})?$/);

interface Clique {
  name: string;
  replicas: number;
  minAvailable: number;
  startsAfter: string[];
}
interface Group {
  name: string;
  cliqueNames: string[];
  replicas: number;
  minAvailable: number;
}
interface Design {
  pcs: string;
  replicas: number;
  startup: string;
  cliques: Clique[];
  groups: Group[];
}

/** Small manifests Grove admits: unique names, no clique name a suffix of another, valid counts, a DAG. */
const designs: fc.Arbitrary<Design> = fc
  .record({
    pcs: word,
    replicas: fc.integer({ min: 0, max: 3 }),
    startup: fc.constantFrom(
      'CliqueStartupTypeAnyOrder',
      'CliqueStartupTypeInOrder',
      'CliqueStartupTypeExplicit',
    ),
    names: fc.uniqueArray(word, { minLength: 1, maxLength: 6 }),
    seeds: fc.array(fc.nat(1000), { minLength: 24, maxLength: 24 }),
  })
  .filter(({ pcs, names }) => names.every((a) => a !== pcs && names.every((b) => a === b || !a.endsWith(b))))
  .map(({ pcs, replicas, startup, names, seeds }) => {
    const pick = (n: number, mod: number) => seeds[n % seeds.length]! % mod;
    const groupCount = pick(0, Math.min(3, names.length + 1));
    const groupNames = ['ga', 'gb', 'gc'].slice(0, groupCount).filter((g) => !names.includes(g));
    const groups: Group[] = groupNames.map((name, n) => {
      const replicasOfGroup = 1 + pick(n + 1, 3);
      return {
        name,
        cliqueNames: [],
        replicas: replicasOfGroup,
        minAvailable: 1 + pick(n + 4, replicasOfGroup),
      };
    });
    const cliques: Clique[] = names.map((name, n) => {
      const r = 1 + pick(n + 7, 3);
      const owner = pick(n + 13, groups.length + 1);
      if (owner < groups.length) groups[owner]!.cliqueNames.push(name);
      const earlier = names.slice(0, n).filter((_, m) => pick(n * 3 + m, 2) === 1);
      return { name, replicas: r, minAvailable: 1 + pick(n + 10, r), startsAfter: earlier };
    });
    return { pcs, replicas, startup, cliques, groups: groups.filter((g) => g.cliqueNames.length > 0) };
  });

function manifest(d: Design): string {
  return JSON.stringify({
    apiVersion: 'grove.io/v1alpha1',
    kind: 'PodCliqueSet',
    metadata: { name: d.pcs },
    spec: {
      replicas: d.replicas,
      template: {
        cliqueStartupType: d.startup,
        cliques: d.cliques.map((c) => ({
          name: c.name,
          spec: {
            roleName: c.name,
            replicas: c.replicas,
            minAvailable: c.minAvailable,
            ...(d.startup === 'CliqueStartupTypeExplicit' ? { startsAfter: c.startsAfter } : {}),
            podSpec: { containers: [{ name: 'c', image: 'busybox' }] },
          },
        })),
        podCliqueScalingGroups: d.groups,
      },
    },
  });
}

/** A plain nested-loop enumeration of what Grove creates, written independently of the expansion. */
function enumerate(d: Design) {
  const grouped = new Set(d.groups.flatMap((g) => g.cliqueNames));
  const byName = new Map(d.cliques.map((c) => [c.name, c]));
  const podCliques: { name: string; gang: string; replicas: number }[] = [];
  const gangs: string[] = [];
  const groups: string[] = [];
  const services: string[] = [];
  for (let i = 0; i < d.replicas; i++) {
    services.push(`${d.pcs}-${i}`);
    gangs.push(`${d.pcs}-${i}`);
    for (const c of d.cliques)
      if (!grouped.has(c.name))
        podCliques.push({ name: `${d.pcs}-${i}-${c.name}`, gang: `${d.pcs}-${i}`, replicas: c.replicas });
    for (const g of d.groups) {
      groups.push(`${d.pcs}-${i}-${g.name}`);
      for (let j = 0; j < g.replicas; j++) {
        const gang = j < g.minAvailable ? `${d.pcs}-${i}` : `${d.pcs}-${i}-${g.name}-${j - g.minAvailable}`;
        if (j >= g.minAvailable) gangs.push(gang);
        for (const c of g.cliqueNames)
          podCliques.push({
            name: `${d.pcs}-${i}-${g.name}-${j}-${c}`,
            gang,
            replicas: byName.get(c)!.replicas,
          });
      }
    }
  }
  const hostnames = podCliques.flatMap((p) => Array.from({ length: p.replicas }, (_, k) => `${p.name}-${k}`));
  return { podCliques, hostnames, gangs, groups, services };
}

function everything(e: Expansion) {
  return {
    podCliques: all(e.podCliques),
    groups: all(e.podCliqueScalingGroups),
    gangs: all(e.podGangs).map((g) => ({ ...g, podGroups: all(g.podGroups) })),
    services: all(e.headlessServices),
    hpas: all(e.hpas),
    pods: all(e.pods),
  };
}

describe('expansion properties', () => {
  it('is deterministic', () => {
    fc.assert(
      fc.property(designs, (d) => {
        const text = manifest(d);
        expect(everything(expandPodCliqueSet(modelOf(text)))).toEqual(
          everything(expandPodCliqueSet(modelOf(text))),
        );
      }),
      { numRuns: 60 },
    );
  });

  it('gives every object a unique, valid DNS-1123 label name', () => {
    fc.assert(
      fc.property(designs, (d) => {
        const e = everything(expandPodCliqueSet(modelOf(manifest(d))));
        const lists = {
          podCliques: e.podCliques.map((p) => p.name),
          hostnames: e.pods.map((p) => p.hostname),
          podNames: e.pods.map((p) => p.name),
          gangs: e.gangs.map((g) => g.name),
          groups: e.groups.map((g) => g.name),
          services: e.services.map((s) => s.name),
        };
        for (const [kind, names] of Object.entries(lists)) {
          for (const name of names) expect(isDns1123Label(name), `${kind} ${name}`).toBe(true);
          if (kind !== 'podNames') expect(new Set(names).size, kind).toBe(names.length);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('computes row i by index exactly as a full enumeration lists it, and counts the enumeration', () => {
    fc.assert(
      fc.property(designs, (d) => {
        const e = expandPodCliqueSet(modelOf(manifest(d)));
        const expected = enumerate(d);
        expect(e.podCliques.count).toBe(expected.podCliques.length);
        expect(e.pods.count).toBe(expected.hostnames.length);
        expect(e.podGangs.count).toBe(expected.gangs.length);
        expect(e.podCliqueScalingGroups.count).toBe(expected.groups.length);
        expect(e.headlessServices.count).toBe(expected.services.length);
        expected.podCliques.forEach((p, i) => {
          const row = e.podCliques.at(i);
          expect([row.name, row.podGang, row.replicas]).toEqual([p.name, p.gang, p.replicas]);
        });
        expected.hostnames.forEach((h, i) => expect(e.pods.at(i).hostname).toBe(h));
        expected.gangs.forEach((g, i) => expect(e.podGangs.at(i).name).toBe(g));
        expected.groups.forEach((g, i) => expect(e.podCliqueScalingGroups.at(i).name).toBe(g));
        expected.services.forEach((s, i) => expect(e.headlessServices.at(i).name).toBe(s));
        // Every pod group of every gang is a PodClique of that gang, and each PodClique is in one gang.
        const inGangs = all(e.podGangs).flatMap((g) =>
          all(g.podGroups).map((p) => `${g.name}/${p.podClique}`),
        );
        expect(inGangs.sort()).toEqual(expected.podCliques.map((p) => `${p.gang}/${p.name}`).sort());
        // A slice is the rows `at` gives.
        const rows = all(e.pods);
        rows.forEach((row, i) => expect(e.pods.at(i)).toEqual(row));
      }),
      { numRuns: 150 },
    );
  });
});
