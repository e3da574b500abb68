import { describe, expect, it } from 'vitest';
import { checkManifest, defaultAndRead } from '../check/check';
import type { Locator } from '../diagnostics/types';
import { parseManifest } from '../parse/parse';
import { samples } from '../test-support/samples';
import { applyCommand, applyEdits, invertEdits } from '.';
import { commentLinesAbove, lineAt, nodeLines, parsedOnce, touchedLines } from './testing/lines';
import { simpleModel } from './testing/model';
import { expected, REFUSED, waitsFor } from './testing/reference';
import type { EditCommand } from './types';

/**
 * Every command kind on every Grove sample where it applies. For each: the splice touches only the
 * lines of the nodes the command changes (every other line, comments and quoting included, stays
 * byte-identical), the result parses, means what the command says, and stays valid for Grove.
 */

const T = ['spec', 'template'] as const;
const cliqueAt = (i: number): Locator => [...T, 'cliques', i];
const groupAt = (g: number): Locator => [...T, 'podCliqueScalingGroups', g];

interface Case {
  readonly label: string;
  readonly command: EditCommand;
  /** Old lines the splice may touch (pure insertions of whole lines touch none). */
  readonly lines: ReadonlySet<number>;
  /** Checks on the defaulted model after the command, beyond the structural reference. */
  readonly check?: (after: ReturnType<typeof defaultAndRead>['model']) => void;
  /** Whether the result must still pass Grove's checks without errors. */
  readonly valid: boolean;
}

function has(text: string, at: Locator): boolean {
  const doc = parsedOnce(text).documents[0]!;
  let node: unknown = doc.value;
  for (const seg of at) {
    if (node === null || typeof node !== 'object') return false;
    node = (node as Record<string | number, unknown>)[seg];
  }
  return node !== undefined;
}

function union(...sets: ReadonlySet<number>[]): Set<number> {
  return new Set(sets.flatMap((s) => [...s]));
}

/** Lines of a node if present, with the comment lines right above it. */
function entryLines(text: string, at: Locator): Set<number> {
  return has(text, at) ? nodeLines(text, at, commentLinesAbove(text, lineAt(text, at))) : new Set();
}

const none = new Set<number>();

function casesFor(text: string): Case[] {
  const model = simpleModel(text);
  const out: Case[] = [];
  const value = parsedOnce(text).documents[0]!.value;
  const raw = defaultAndRead(value).model;
  const names = model.cliques.map((c) => c.name!);
  const groupOf = (name: string) => model.groups.findIndex((g) => g.cliqueNames.includes(name));
  const refLines = (name: string) =>
    union(
      ...model.groups.flatMap((g, gi) =>
        g.cliqueNames.flatMap((n, k) =>
          n === name ? [nodeLines(text, [...groupAt(gi), 'cliqueNames', k])] : [],
        ),
      ),
      ...model.cliques.flatMap((c, ci) =>
        c.startsAfter.flatMap((n, k) =>
          n === name ? [nodeLines(text, [...cliqueAt(ci), 'spec', 'startsAfter', k])] : [],
        ),
      ),
    );
  const listLines = (name: string) =>
    union(
      ...model.groups.flatMap((g, gi) =>
        g.cliqueNames.includes(name) ? [nodeLines(text, [...groupAt(gi), 'cliqueNames'])] : [],
      ),
      ...model.cliques.flatMap((c, ci) =>
        c.startsAfter.includes(name) ? [nodeLines(text, [...cliqueAt(ci), 'spec', 'startsAfter'])] : [],
      ),
    );

  model.cliques.forEach((c, i) => {
    const name = names[i]!;
    const spec = [...cliqueAt(i), 'spec'];
    const autoscaled = raw.cliques[i]!.autoScalingConfig !== undefined;
    const replicas = (c.replicas ?? 1) + 1;
    out.push({
      label: `${name}: replicas`,
      command: { type: 'setCliqueReplicas', clique: name, replicas },
      lines: nodeLines(text, [...spec, 'replicas']),
      check: (after) => expect(after.cliques[i]!.replicas).toBe(replicas),
      valid: !autoscaled || (raw.cliques[i]!.autoScalingConfig?.maxReplicas ?? 0) >= replicas,
    });
    out.push({
      label: `${name}: minAvailable 1`,
      command: { type: 'setCliqueMinAvailable', clique: name, minAvailable: 1 },
      lines: has(text, [...spec, 'minAvailable']) ? nodeLines(text, [...spec, 'minAvailable']) : none,
      check: (after) => expect(after.cliques[i]!.minAvailable).toBe(1),
      valid: true,
    });
    const gpuPath = [...spec, 'podSpec', 'containers', 0, 'resources'];
    out.push({
      label: `${name}: 2 GPUs`,
      command: { type: 'setContainerRequests', clique: name, requests: { 'nvidia.com/gpu': 2 } },
      lines: entryLines(text, gpuPath),
      check: (after) => {
        const res = (
          after.cliques[i]!.podSpec['containers'] as { resources: Record<string, Record<string, unknown>> }[]
        )[0]!.resources;
        expect(String(res['requests']!['nvidia.com/gpu'])).toBe('2');
        expect(String(res['limits']!['nvidia.com/gpu'])).toBe('2');
      },
      valid: true,
    });
    if (has(text, [...gpuPath, 'requests', 'cpu']))
      out.push({
        label: `${name}: no cpu request`,
        command: { type: 'setContainerRequests', clique: name, requests: { cpu: null } },
        lines: entryLines(text, gpuPath),
        check: (after) => {
          const res = (
            after.cliques[i]!.podSpec['containers'] as {
              resources?: { requests?: Record<string, unknown> };
            }[]
          )[0]!.resources;
          expect(res?.requests?.['cpu']).toBeUndefined();
        },
        valid: true,
      });
    if (groupOf(name) === -1)
      out.push({
        label: `${name}: autoscaler 2-7`,
        command: {
          type: 'setCliqueAutoscaler',
          clique: name,
          range: { minReplicas: Math.max(2, c.replicas ?? 1), maxReplicas: 7 },
        },
        lines: has(text, [...spec, 'autoScalingConfig'])
          ? nodeLines(text, [...spec, 'autoScalingConfig', 'maxReplicas'])
          : none,
        check: (after) => expect(after.cliques[i]!.autoScalingConfig?.maxReplicas).toBe(7),
        valid: true,
      });
    if (autoscaled)
      out.push({
        label: `${name}: no autoscaler`,
        command: { type: 'setCliqueAutoscaler', clique: name, range: null },
        lines: entryLines(text, [...spec, 'autoScalingConfig']),
        check: (after) => expect(after.cliques[i]!.autoScalingConfig).toBeUndefined(),
        valid: true,
      });
    out.push({
      label: `${name}: rename`,
      command: { type: 'renameClique', clique: name, to: `${name}-x` },
      lines: union(nodeLines(text, [...cliqueAt(i), 'name']), refLines(name)),
      valid: true,
    });
    if (names.length > 1)
      out.push({
        label: `${name}: remove`,
        command: { type: 'removeClique', clique: name },
        lines: union(entryLines(text, cliqueAt(i)), listLines(name)),
        valid: true,
      });
    out.push({
      label: `${name}: move to the end`,
      command: { type: 'moveClique', clique: name, toIndex: names.length - 1 },
      lines: entryLines(text, cliqueAt(i)),
      valid: true,
    });
    const g = groupOf(name);
    if (g !== -1)
      out.push({
        label: `${name}: out of its group`,
        command: { type: 'setCliqueGroup', clique: name, group: null },
        lines: nodeLines(text, [...groupAt(g), 'cliqueNames']),
        valid: true,
      });
    else if (model.groups.length > 0 && !autoscaled)
      out.push({
        label: `${name}: into ${model.groups[0]!.name}`,
        command: { type: 'setCliqueGroup', clique: name, group: 0 },
        lines:
          model.groups[0]!.cliqueNames.length > 0 ? nodeLines(text, [...groupAt(0), 'cliqueNames']) : none,
        valid: true,
      });
    const other = names.find((n) => n !== name && !waitsFor(model, n, name));
    if (other !== undefined && c.startsAfter.length === 0)
      out.push({
        label: `${name}: starts after ${other}`,
        command: { type: 'addStartsAfter', clique: name, after: other },
        lines: none,
        valid: true,
      });
    for (const parent of c.startsAfter)
      out.push({
        label: `${name}: no longer after ${parent}`,
        command: { type: 'removeStartsAfter', clique: name, after: parent },
        lines: c.startsAfter.length === 1 ? entryLines(text, [...spec, 'startsAfter']) : refLines(parent),
        valid: true,
      });
  });

  model.groups.forEach((g, gi) => {
    const at = groupAt(gi);
    const name = g.name!;
    const minAvailable = raw.scalingGroups[gi]!.minAvailable ?? 1;
    out.push({
      label: `group ${name}: replicas 4`,
      command: { type: 'setGroupReplicas', group: name, replicas: 4 },
      lines: has(text, [...at, 'replicas']) ? nodeLines(text, [...at, 'replicas']) : none,
      check: (after) => expect(after.scalingGroups[gi]!.replicas).toBe(4),
      valid: true,
    });
    if (has(text, [...at, 'replicas']))
      out.push({
        label: `group ${name}: default replicas`,
        command: { type: 'setGroupReplicas', group: name, replicas: null },
        lines: entryLines(text, [...at, 'replicas']),
        check: (after) => expect(after.scalingGroups[gi]!.replicas).toBe(1),
        valid: minAvailable <= 1,
      });
    out.push({
      label: `group ${name}: minAvailable 1`,
      command: { type: 'setGroupMinAvailable', group: name, minAvailable: 1 },
      lines: has(text, [...at, 'minAvailable']) ? nodeLines(text, [...at, 'minAvailable']) : none,
      check: (after) => expect(after.scalingGroups[gi]!.minAvailable).toBe(1),
      valid: true,
    });
    out.push({
      label: `group ${name}: autoscaler up to 8`,
      command: { type: 'setGroupScaleConfig', group: name, range: { maxReplicas: 8 } },
      lines: has(text, [...at, 'scaleConfig']) ? entryLines(text, [...at, 'scaleConfig']) : none,
      check: (after) => expect(after.scalingGroups[gi]!.scaleConfig?.maxReplicas).toBe(8),
      valid: true,
    });
    if (has(text, [...at, 'minAvailable']))
      out.push({
        label: `group ${name}: default minAvailable`,
        command: { type: 'setGroupMinAvailable', group: name, minAvailable: null },
        lines: entryLines(text, [...at, 'minAvailable']),
        check: (after) => expect(after.scalingGroups[gi]!.minAvailable).toBe(1),
        valid: true,
      });
    if (has(text, [...at, 'scaleConfig']))
      out.push({
        label: `group ${name}: no autoscaler`,
        command: { type: 'setGroupScaleConfig', group: name, range: null },
        lines: entryLines(text, [...at, 'scaleConfig']),
        check: (after) => expect(after.scalingGroups[gi]!.scaleConfig).toBeUndefined(),
        valid: true,
      });
    out.push({
      label: `group ${name}: rename`,
      command: { type: 'renameScalingGroup', group: name, to: 'grp' },
      lines: nodeLines(text, [...at, 'name']),
      valid: true,
    });
    out.push({
      label: `group ${name}: remove`,
      command: { type: 'removeScalingGroup', group: name },
      lines:
        model.groups.length === 1 ? entryLines(text, [...T, 'podCliqueScalingGroups']) : entryLines(text, at),
      valid: true,
    });
  });

  const standalone = model.cliques.findIndex(
    (c, i) => groupOf(c.name!) === -1 && raw.cliques[i]!.autoScalingConfig === undefined,
  );
  out.push(
    {
      label: 'spec.replicas 3',
      command: { type: 'setReplicas', replicas: 3 },
      lines: nodeLines(text, ['spec', 'replicas']),
      valid: true,
    },
    {
      label: 'startup type InOrder',
      command: { type: 'setStartupType', startupType: 'CliqueStartupTypeInOrder' },
      lines: has(text, [...T, 'cliqueStartupType']) ? nodeLines(text, [...T, 'cliqueStartupType']) : none,
      check: (after) => expect(after.cliqueStartupType).toBe('CliqueStartupTypeInOrder'),
      valid: true,
    },
    { label: 'add a clique', command: { type: 'addClique' }, lines: none, valid: true },
    {
      label: 'add a clique first',
      command: { type: 'addClique', name: 'first', index: 0 },
      lines: none,
      valid: true,
    },
  );
  if (standalone !== -1) {
    const name = names[standalone]!;
    out.push({
      label: `group ${name} alone`,
      command: { type: 'addScalingGroup', cliques: [name] },
      lines: none,
      valid: true,
    });
  }
  return out;
}

describe.each(samples.map((s) => [s.name, s.text] as const))('%s', (_, text) => {
  it.each(casesFor(text).map((c) => [c.label, c] as const))('%s', (_, c) => {
    const result = applyCommand(text, 0, c.command);
    if (!result.ok) throw new Error(`refused: ${result.reason}`);
    // The splice is the whole change, and it can be undone byte for byte.
    expect(applyEdits(text, result.edits)).toBe(result.text);
    expect(applyEdits(result.text, invertEdits(text, result.edits))).toBe(text);
    // Only the lines of the nodes the command changes are touched.
    const outside = [...touchedLines(text, result.edits)].filter((l) => !c.lines.has(l));
    expect(outside.map((l) => text.split('\n')[l])).toEqual([]);
    // The result parses and means what the command says.
    const doc = parseManifest(result.text).documents[0]!;
    expect(doc.problems).toEqual([]);
    const added = simpleModel(result.text);
    const newName =
      c.command.type === 'addClique'
        ? added.cliques[c.command.index ?? added.cliques.length - 1]!.name
        : added.groups.at(-1)?.name;
    expect(added).toEqual(expected(simpleModel(text), c.command, newName));
    c.check?.(defaultAndRead(doc.value).model);
    if (c.valid)
      expect(
        checkManifest(result.text).documents[0]!.diagnostics.filter((d) => d.severity === 'error'),
      ).toEqual([]);
  });
});

it('has no refused outcome in the sample table', () => {
  for (const { text } of samples)
    for (const c of casesFor(text)) expect(expected(simpleModel(text), c.command, 'x-new')).not.toBe(REFUSED);
});
